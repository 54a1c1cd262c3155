package emit

import (
	"path/filepath"
	"strings"

	"github.com/apierr/apierr/gen/internal/model"
)

// changelog renders CHANGELOG.md: the changelog kept beside the spec, under the generated
// header and a line that says where it is edited, its line endings made "\n".
func changelog(m *model.Model, log []byte) []byte {
	base := strings.TrimSuffix(filepath.Base(m.File), ".toml")
	text := strings.ReplaceAll(string(log), "\r\n", "\n")
	if !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	return []byte(MarkdownHeader + "\n<!-- A copy of " + base + ".changelog.md, beside the spec " + base +
		".toml: edit that one. -->\n\n" + text)
}
