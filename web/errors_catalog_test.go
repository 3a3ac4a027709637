package web

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter"
)

// errorFormats finds the format string of every charter.Errorf and
// charter.Sprintf call in the module's non-test code: the generated messages
// a member can be shown.
func errorFormats(t *testing.T) map[string]string {
	t.Helper()
	formats := map[string]string{} // format → where
	root := ".."
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		if f.Name.Name == "main" {
			return nil // the command line speaks to the operator, in English
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) < 1 {
				return true
			}
			name := ""
			switch fn := call.Fun.(type) {
			case *ast.SelectorExpr:
				if x, ok := fn.X.(*ast.Ident); ok && x.Name == "charter" {
					name = fn.Sel.Name
				}
			case *ast.Ident:
				if f.Name.Name == "charter" {
					name = fn.Name
				}
			}
			formatArg := 1 // Errorf(code, format, …)
			switch name {
			case "Errorf":
			case "Sprintf":
				if f.Name.Name == "charter" {
					return true // Errorf passing its own format along
				}
				formatArg = 0 // Sprintf(format, …): a generated sentence
			default:
				return true
			}
			lit, ok := call.Args[formatArg].(*ast.BasicLit)
			if !ok {
				t.Errorf("%s: charter.%s with a format that is not a literal: it cannot be translated", fset.Position(call.Pos()), name)
				return true
			}
			s, _ := strconv.Unquote(lit.Value)
			formats[s] = fset.Position(call.Pos()).String()
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	formats[charter.InternalMessage] = "error.go"
	return formats
}

var verb = regexp.MustCompile(`%[-+# 0]*[0-9]*(\.[0-9]+)?[a-zA-Z%]`)

// TestErrorCatalogs: every generated message a member can see (errors,
// motions, warnings) has a translation in every language, with the same
// verbs in the same order.
func TestErrorCatalogs(t *testing.T) {
	formats := errorFormats(t)
	if len(formats) < 40 {
		t.Fatalf("found only %d error formats: is the walk right?", len(formats))
	}
	files, _ := fs.Glob(assets, "locales/messages.*.json")
	if len(files) == 0 {
		t.Fatal("no error catalogs")
	}
	for _, f := range files {
		b, _ := fs.ReadFile(assets, f)
		var cat map[string]string
		if err := json.Unmarshal(b, &cat); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var missing []string
		for format, where := range formats {
			tr, ok := cat[format]
			if !ok || tr == "" {
				missing = append(missing, format)
				continue
			}
			if got, want := strings.Join(verb.FindAllString(tr, -1), " "), strings.Join(verb.FindAllString(format, -1), " "); got != want {
				t.Errorf("%s: %q (%s) has verbs %q, the English %q", f, tr, where, got, want)
			}
		}
		for format := range cat {
			if _, used := formats[format]; !used {
				t.Errorf("%s: %q is no longer used", f, format)
			}
		}
		if len(missing) > 0 {
			sort.Strings(missing)
			if os.Getenv("CHARTER_PRINT_MISSING") != "" {
				out, _ := json.MarshalIndent(missing, "", "  ")
				t.Logf("missing:\n%s", out)
			}
			t.Errorf("%s lacks %d messages (CHARTER_PRINT_MISSING=1 lists them)", f, len(missing))
		}
	}
}
