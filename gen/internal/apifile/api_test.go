package apifile

import (
	"slices"
	"strings"
	"testing"

	"github.com/apierr/apierr/gen/internal/emit"
)

// apiSrc is a package with every kind of declaration the API format records or leaves out.
const apiSrc = `package p

import (
	"io"
	"net/http"
)

// Kind is a kind.
type Kind int

const (
	KindA Kind = iota
	KindB
	kindHidden
	// Deprecated: use KindA.
	KindOld
)

// Deprecated: the whole group is.
const (
	GroupA = 1
	GroupB Kind = 2
)

const Untyped = "x"

// MaxSize is not deprecated: the paragraph below only mentions the word.
//
// Use it. Deprecated: is not at the start of this paragraph.
const MaxSize = other.MaxSize

var Default, other2 = Config{}, 3

var Handler http.Handler

// Config has fields.
type Config struct {
	Name, Alias string
	hidden      int
	io.Reader
	*Inner
	inner
	// Deprecated: use Name.
	Old []byte
	Fn  func(a, b int, rest ...string) (n int, err error)
	Ch  <-chan rune
	M   map[string][]*Config
	Arr [4]byte
	S   struct{ X, Y int }
	Any interface{}
}

type Inner struct{}
type inner struct{ Exported int }

type Alias = other.Type

type Generic[T any, U comparable] struct{ V T }

// Reader reads.
type Reader interface {
	io.Closer
	Read(p []byte) (int, error)
	// Deprecated: use Read.
	ReadOld() error
}

type Sealed interface {
	Open() error
	seal()
}

type Empty interface{}

// Deprecated: use Kind.
type OldKind = Kind

func New(name string, n ...int) (*Config, error) { return nil, nil }

// Deprecated: use New.
func Old() {}

func Map[K comparable, V any](m map[K]V) []K { return nil }

func unexported() {}

func (c *Config) Close() error { return nil }

func (Config) String() string { return "" }

// Deprecated: use String.
func (c Config) Text() string { return "" }

func (c *Config) hidden2() {}

func (i inner) Exported() {}

func (g Generic[T, U]) Get() T { var t T; return t }

func (k Kind) Pair() (a, b Kind) { return k, k }
`

// TestOf checks the API lines of apiSrc, one per exported identifier in the format of the
// package documentation, and that test files and files other than Go are left out.
func TestOf(t *testing.T) {
	files := []emit.File{
		{Name: "p.go", Src: []byte(apiSrc)},
		{Name: "p_test.go", Src: []byte("package p\n\nfunc TestOnly() {}\n")},
		{Name: "CODES.md", Src: []byte("# not Go\n")},
		{Name: FileName, Src: []byte("const Fake Code\n")},
	}
	got, err := Of(files)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"const GroupA //deprecated",
		"const GroupA = 1",
		"const GroupB //deprecated",
		"const GroupB Kind",
		"const KindA Kind",
		"const KindB Kind",
		"const KindOld //deprecated",
		"const KindOld Kind",
		"const MaxSize = other.MaxSize",
		"const Untyped = \"x\"",
		"func Map[K comparable, V any](map[K]V) []K",
		"func New(string, ...int) (*Config, error)",
		"func Old //deprecated",
		"func Old()",
		"method (*Config) Close() error",
		"method (Config) String() string",
		"method (Config) Text //deprecated",
		"method (Config) Text() string",
		"method (Generic[T, U]) Get() T",
		"method (Kind) Pair() (Kind, Kind)",
		"type Config struct",
		"type Config struct, Alias string",
		"type Config struct, Any interface{}",
		"type Config struct, Arr [4]uint8",
		"type Config struct, Ch <-chan int32",
		"type Config struct, Fn func(int, int, ...string) (int, error)",
		"type Config struct, M map[string][]*Config",
		"type Config struct, Name string",
		"type Config struct, Old //deprecated",
		"type Config struct, Old []uint8",
		"type Config struct, S struct{ X, Y int }",
		"type Config struct, embedded *Inner",
		"type Config struct, embedded io.Reader",
		"type Empty interface {}",
		"type Generic[T any, U comparable] struct",
		"type Generic[T any, U comparable] struct, V T",
		"type Inner struct",
		"type Kind int",
		"type OldKind //deprecated",
		"type OldKind = Kind",
		"type Reader interface { Read, ReadOld }",
		"type Reader interface, Read([]uint8) (int, error)",
		"type Reader interface, ReadOld //deprecated",
		"type Reader interface, ReadOld() error",
		"type Reader interface, embedded io.Closer",
		"type Sealed interface, Open() error",
		"type Sealed interface, unexported methods",
		"var Default = Config{}",
		"var Handler http.Handler",
		"type Alias = other.Type",
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("API lines differ:\n%s", lineDiff(want, got))
	}
}

// TestOfBadSource checks that a file that is not Go is an error naming it.
func TestOfBadSource(t *testing.T) {
	_, err := Of([]emit.File{{Name: "code.go", Src: []byte("package p\nfunc {")}})
	if err == nil || !strings.Contains(err.Error(), "code.go:2") {
		t.Errorf("Of on bad source: %v, want an error naming code.go:2", err)
	}
}

// TestName checks the identifier each kind of line is about.
func TestName(t *testing.T) {
	for line, want := range map[string]string{
		"const AuthTokenExpired Code":                       "AuthTokenExpired",
		"const TokenExpired //deprecated":                   "TokenExpired",
		"const MaxBodySize = apierrimpl.MaxBodySize":        "MaxBodySize",
		"func Parse(int, []uint8) error":                    "Parse",
		"func Map[K comparable](map[K]int) []K":             "Map",
		"method (*Error) Unwrap() error":                    "Error.Unwrap",
		"method (Code) Text //deprecated":                   "Code.Text",
		"method (Generic[T, U]) Get() T":                    "Generic.Get",
		"type Error struct":                                 "Error",
		"type Error struct, Code Code":                      "Error.Code",
		"type Error struct, Old //deprecated":               "Error.Old",
		"type Error struct, embedded *io.Reader":            "Error.Reader",
		"type Messages = apierrimpl.Messages":               "Messages",
		"type Reader interface { Read, ReadOld }":           "Reader",
		"type Reader interface, Read([]uint8) (int, error)": "Reader.Read",
		"type Generic[T any] struct, V T":                   "Generic.V",
		"var Default Config":                                "Default",
	} {
		if got := Name(line); got != want {
			t.Errorf("Name(%q) = %q, want %q", line, got, want)
		}
	}
}

// lineDiff lists the lines only in want (-) and only in got (+).
func lineDiff(want, got []string) string {
	var b strings.Builder
	for _, l := range want {
		if !slices.Contains(got, l) {
			b.WriteString("-" + l + "\n")
		}
	}
	for _, l := range got {
		if !slices.Contains(want, l) {
			b.WriteString("+" + l + "\n")
		}
	}
	return b.String()
}
