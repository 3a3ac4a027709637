package site

import (
	"bytes"
	"net/http"
	"sync"

	"github.com/gin-gonic/gin"
)

// Render writes a page with what every page needs: the member, their
// language, and the CSRF token for its forms.
func (s *Site) Render(c *gin.Context, name string, data gin.H) {
	s.RenderStatus(c, http.StatusOK, name, data)
}

// RenderStatus is Render with a status other than 200.
func (s *Site) RenderStatus(c *gin.Context, status int, name string, data gin.H) {
	if !s.pages.Has(name) {
		s.log.Error("no such template", "name", name)
		c.String(http.StatusInternalServerError, "internal error\n")
		return
	}
	if data == nil {
		data = gin.H{}
	}
	s.fill(c, data)
	data["Path"] = c.Request.URL.RequestURI()
	buf := pageBuffers.Get().(*bytes.Buffer)
	defer putPageBuffer(buf)
	if err := s.pages.Execute(buf, name, data); err != nil {
		s.log.Error("render page", "name", name, "err", err)
		c.Writer.Header().Del("ETag") // a validator must not make an error stick
		c.String(http.StatusInternalServerError, "internal error\n")
		return
	}
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
}

// fill gives a page's data what every page shows besides its content.
func (s *Site) fill(c *gin.Context, data gin.H) {
	l := s.Localizer(c)
	data["L"], data["Lang"], data["User"], data["CSRF"] = l, l.Tag(), User(c), CSRFToken(c)
}

// fragmentHeader marks a request sent by charter.js, which wants only the
// part of the page that changed: no redirect, no whole page. Forms posted
// without it get the same answers as ever.
const fragmentHeader = "X-Charter-Fragment"

// WantsFragment says whether charter.js sent the request.
func WantsFragment(c *gin.Context) bool { return c.GetHeader(fragmentHeader) != "" }

// Fragment writes one part of a page's template set with what that page's
// data would hold (language, member, token), so a fragment reads as the
// page does. arg picks the part's argument out of that data; nil passes
// the data itself.
func (s *Site) Fragment(c *gin.Context, status int, page, part string, data gin.H, arg func(gin.H) any) error {
	s.fill(c, data)
	if _, ok := data["Path"]; !ok {
		data["Path"] = c.Request.URL.RequestURI()
	}
	var v any = data
	if arg != nil {
		v = arg(data)
	}
	var buf bytes.Buffer
	if err := s.pages.ExecutePart(&buf, page, part, v); err != nil {
		return err
	}
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
	return nil
}

// pageBuffers hold pages while they are rendered: a document page is
// 160 KB, and growing a new buffer to that size for every view copied it
// ten times over and left as much for the collector.
var pageBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func putPageBuffer(b *bytes.Buffer) {
	if b.Cap() > 4<<20 { // a rare huge page is not kept
		return
	}
	b.Reset()
	pageBuffers.Put(b)
}
