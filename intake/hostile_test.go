package intake_test

import (
	"archive/zip"
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/intake"
)

const minimalTypes = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`

func body(inner string) string {
	return `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + inner + `</w:body></w:document>`
}

// zipOf packs parts, in order, as a zip.
func zipOf(t *testing.T, parts ...[2]string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, p := range parts {
		w, err := z.Create(p[0])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p[1]))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func docx(t *testing.T, document string, more ...[2]string) []byte {
	return zipOf(t, append([][2]string{{"[Content_Types].xml", minimalTypes}, {"word/document.xml", document}}, more...)...)
}

// TestHostileDocx: each hostile or broken file is refused with a message
// that says why, and with the code its status comes from.
func TestHostileDocx(t *testing.T) {
	bomb := strings.Repeat("<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>", 1300000) // ~70 MB, a few hundred KB zipped
	many := [][2]string{{"[Content_Types].xml", minimalTypes}, {"word/document.xml", body("")}}
	for i := range intake.MaxEntries {
		many = append(many, [2]string{"word/media/x" + strconv.Itoa(i), ""})
	}
	for _, c := range []struct {
		name, code, says string
		file             []byte
	}{
		{"not a zip", charter.EINVALID, "not a Word document", []byte("PK\x03\x04 this is not really a zip")},
		{"a zip without a document", charter.EINVALID, "not a Word document", zipOf(t, [2]string{"[Content_Types].xml", minimalTypes})},
		{"broken XML", charter.EINVALID, "not a Word document", docx(t, body("<w:p><w:r><w:t>unclosed"))},
		{"truncated zip", charter.EINVALID, "not a Word document", docx(t, body(""))[:60]},
		{"zip bomb", charter.ETOOLARGE, "unpacks to more than", docx(t, body(bomb))},
		{"too many parts", charter.EINVALID, "parts", zipOf(t, many...)},
		{"DOCTYPE", charter.EINVALID, "DOCTYPE", docx(t, `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>`+body("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>")[len(`<?xml version="1.0"?>`):])},
		{"billion laughs", charter.EINVALID, "DOCTYPE", docx(t, `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>`+body("<w:p><w:r><w:t>&lol2;</w:t></w:r></w:p>")[len(`<?xml version="1.0"?>`):])},
		{"macros (vbaProject.bin)", charter.EINVALID, "macros", docx(t, body(""), [2]string{"word/vbaProject.bin", "\x00\x01"})},
		{"macros (content type)", charter.EINVALID, "macros", zipOf(t, [2]string{"[Content_Types].xml", strings.Replace(minimalTypes, "application/xml", "application/vnd.ms-word.document.macroEnabled.main+xml", 1)}, [2]string{"word/document.xml", body("")})},
		{"XML nested too deep", charter.EINVALID, "nested", docx(t, body(strings.Repeat("<w:sdt>", 1000)+strings.Repeat("</w:sdt>", 1000)))},
		{"too large a file", charter.ETOOLARGE, "limit", make([]byte, intake.MaxDocxBytes+1)},
		{"text beyond a document's limit", charter.ETOOLARGE, "limit", docx(t, body(strings.Repeat("<w:p><w:r><w:t>"+strings.Repeat("word ", 200)+"</w:t></w:r></w:p>", 1200)))},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := intake.ReadDocx(c.file)
			if charter.ErrorCode(err) != c.code || !strings.Contains(charter.ErrorMessage(err), c.says) {
				t.Errorf("got %v (%s), want %s saying %q", err, charter.ErrorCode(err), c.code, c.says)
			}
		})
	}
}
