package specfuzz

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// gfm parses Markdown as GitHub does: CommonMark with tables, strikethrough, task lists and
// the autolinks of bare URLs and e-mail addresses.
var gfm = goldmark.New(goldmark.WithExtensions(extension.GFM))

// CheckLinks checks that a generated Markdown file, parsed as GitHub Flavored Markdown, links
// only to absolute http and https URLs (inline and reference links, images, autolinks) and
// holds no raw HTML but comments.
func CheckLinks(md []byte) error {
	doc := gfm.Parser().Parse(text.NewReader(md))
	var errs []error
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			errs = append(errs, httpOnly("link", string(n.Destination)))
		case *ast.Image:
			errs = append(errs, httpOnly("image", string(n.Destination)))
		case *ast.AutoLink:
			if n.AutoLinkType == ast.AutoLinkEmail {
				errs = append(errs, fmt.Errorf("an e-mail autolink (mailto:): %q", n.URL(md)))
			} else {
				errs = append(errs, httpOnly("autolink", string(n.URL(md))))
			}
		case *ast.RawHTML:
			var raw bytes.Buffer
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				raw.Write(seg.Value(md))
			}
			errs = append(errs, fmt.Errorf("raw HTML: %.80q", raw.String()))
		case *ast.HTMLBlock:
			if seg := n.Lines().At(0); !bytes.HasPrefix(seg.Value(md), []byte("<!--")) {
				first := seg.Value(md)
				errs = append(errs, fmt.Errorf("an HTML block: %.80q", first))
			}
		}
		return ast.WalkContinue, nil
	})
	return errors.Join(append(errs, err)...)
}

// httpOnly reports a destination that is not an absolute http or https URL.
func httpOnly(kind, dest string) error {
	u, err := url.Parse(dest)
	if err != nil || (!strings.EqualFold(u.Scheme, "http") && !strings.EqualFold(u.Scheme, "https")) || u.Host == "" {
		return fmt.Errorf("a %s to %.80q, not an http(s) URL", kind, dest)
	}
	return nil
}

// HTML renders Markdown as GitHub Flavored Markdown, for tests that look at what a reader
// gets; it returns the error's text if rendering fails.
func HTML(md []byte) []byte {
	var out bytes.Buffer
	if err := gfm.Convert(md, &out); err != nil {
		return []byte(err.Error())
	}
	return out.Bytes()
}
