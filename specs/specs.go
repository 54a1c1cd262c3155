// Package specs holds the specs of github.com/apierr/apierr (the *.toml files of this folder),
// embedded, so that the generator carries them: its explain subcommand answers for this
// module's vendors from any directory, without -specs.
package specs

import (
	"embed"
	"io/fs"
)

//go:embed *.toml
var files embed.FS

// FS returns the specs: the *.toml files of this folder.
func FS() fs.FS { return files }
