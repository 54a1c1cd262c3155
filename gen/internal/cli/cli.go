// Package cli holds the command-line plumbing that the generator's subcommands (explain,
// import) share.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// Parse parses args with fs, whose usage text (printed before the flags on -h and on a bad
// flag) is usage, and returns the positional arguments. Unlike fs.Parse alone, flags may come
// before, between and after the positional arguments; "--" ends the flags. code is -1 to go
// on, 0 after -h or -help, 2 after a bad flag (the flag package has said why on stderr).
func Parse(fs *flag.FlagSet, usage string, stderr io.Writer, args []string) (pos []string, code int) {
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, usage)
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, 0
			}
			return nil, 2
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, -1
		}
		if len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), -1 // after "--" everything is an argument
		}
		// flag stops at the first argument that is not a flag ("-" is one); go on after it.
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
