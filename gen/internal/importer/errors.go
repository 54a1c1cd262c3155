package importer

import "fmt"

// InputError is a problem in a file the importer reads: where it is and how to fix it.
type InputError struct {
	File string
	Line int // 1-based, or 0 when the problem is the whole file
	Msg  string
}

// Error formats the problem as file:line: message, the form editors and CI logs link.
func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// lineError returns an *InputError at file:line with a formatted message.
func lineError(file string, line int, format string, args ...any) error {
	return &InputError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}
