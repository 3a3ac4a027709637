// Package githistory writes a document's versions as a git repository: one
// commit per version, in order, authored by what made it, adopted versions
// tagged. It writes git's formats itself (objects, a packfile, a bundle, a
// bare repository's files), so the server needs no git binary to offer
// the download and any git can read it without Charter.
package githistory

import (
	"bytes"
	"compress/zlib"
	"crypto/sha1"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// objectType numbers are the packfile's.
type objectType byte

const (
	commitObject objectType = 1
	treeObject   objectType = 2
	blobObject   objectType = 3
	tagObject    objectType = 4
)

func (t objectType) String() string {
	return [...]string{commitObject: "commit", treeObject: "tree", blobObject: "blob", tagObject: "tag"}[t]
}

// ID is an object's SHA-1, as git names it.
type ID [sha1.Size]byte

func (id ID) String() string { return hex.EncodeToString(id[:]) }

type object struct {
	typ  objectType
	id   ID
	body []byte
}

// Repository is a set of objects and refs, built in memory.
type Repository struct {
	objects []object
	seen    map[ID]bool
	// refs name objects: "refs/heads/main", "refs/tags/v3-adopted-ballot-2".
	refs map[string]ID
	// head is the branch HEAD names.
	head string
}

// NewRepository starts an empty repository whose HEAD is branch.
func NewRepository(branch string) *Repository {
	return &Repository{seen: map[ID]bool{}, refs: map[string]ID{}, head: "refs/heads/" + branch}
}

// add stores an object once, whatever the number of times it is written
// (two versions with the same text share their blob and tree).
func (r *Repository) add(t objectType, body []byte) ID {
	h := sha1.New()
	fmt.Fprintf(h, "%s %d\x00", t, len(body))
	h.Write(body)
	var id ID
	h.Sum(id[:0])
	if !r.seen[id] {
		r.seen[id] = true
		r.objects = append(r.objects, object{typ: t, id: id, body: body})
	}
	return id
}

// Person is who made a commit or tag, and when.
type Person struct {
	Name, Email string
	When        time.Time
}

func (p Person) String() string {
	return fmt.Sprintf("%s <%s> %d +0000", p.Name, p.Email, p.When.Unix())
}

// Commit records a tree of one file, name holding text, after parent (the
// zero ID for the first).
func (r *Repository) Commit(parent ID, name string, text []byte, author, committer Person, message string) ID {
	blob := r.add(blobObject, text)
	var tree bytes.Buffer
	fmt.Fprintf(&tree, "100644 %s\x00", name)
	tree.Write(blob[:])
	treeID := r.add(treeObject, tree.Bytes())
	var c bytes.Buffer
	fmt.Fprintf(&c, "tree %s\n", treeID)
	if parent != (ID{}) {
		fmt.Fprintf(&c, "parent %s\n", parent)
	}
	fmt.Fprintf(&c, "author %s\ncommitter %s\n\n%s", author, committer, message)
	return r.add(commitObject, c.Bytes())
}

// Tag records an annotated tag of a commit and its ref.
func (r *Repository) Tag(target ID, name string, tagger Person, message string) ID {
	var t bytes.Buffer
	fmt.Fprintf(&t, "object %s\ntype commit\ntag %s\ntagger %s\n\n%s", target, name, tagger, message)
	id := r.add(tagObject, t.Bytes())
	r.refs["refs/tags/"+name] = id
	return id
}

// SetBranch points the branch at a commit.
func (r *Repository) SetBranch(branch string, commit ID) {
	r.refs["refs/heads/"+branch] = commit
}

func (r *Repository) refNames() []string {
	names := make([]string, 0, len(r.refs))
	for n := range r.refs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// WriteBundle writes the repository as a git bundle (version 2): its refs,
// then a packfile of every object, so that `git clone FILE` gives it.
func (r *Repository) WriteBundle(w io.Writer) error {
	var head bytes.Buffer
	head.WriteString("# v2 git bundle\n")
	if id, ok := r.refs[r.head]; ok {
		// HEAD first, so that a clone checks out the branch it names.
		fmt.Fprintf(&head, "%s HEAD\n", id)
	}
	for _, n := range r.refNames() {
		fmt.Fprintf(&head, "%s %s\n", r.refs[n], n)
	}
	head.WriteString("\n")
	if _, err := w.Write(head.Bytes()); err != nil {
		return err
	}
	_, err := r.writePack(w)
	return err
}

// writePack writes every object undeltified, each zlib'd, and the SHA-1
// of it all; it gives that checksum, the pack's name.
func (r *Repository) writePack(w io.Writer) (ID, error) {
	h := sha1.New()
	out := &countingWriter{w: io.MultiWriter(w, h)}
	var hdr [12]byte
	copy(hdr[:], "PACK")
	binary.BigEndian.PutUint32(hdr[4:], 2)
	binary.BigEndian.PutUint32(hdr[8:], uint32(len(r.objects)))
	out.Write(hdr[:])
	z, _ := zlib.NewWriterLevel(out, zlib.BestSpeed)
	for _, o := range r.objects {
		out.Write(packHeader(o.typ, len(o.body)))
		z.Reset(out)
		z.Write(o.body)
		if err := z.Close(); err != nil {
			return ID{}, err
		}
		if out.err != nil {
			return ID{}, out.err
		}
	}
	var sum ID
	h.Sum(sum[:0])
	if _, err := w.Write(sum[:]); err != nil {
		return ID{}, err
	}
	return sum, out.err
}

// packHeader is an entry's type and size: 3 bits of type and 4 of size,
// then 7 bits of size a byte, the high bit saying more follows.
func packHeader(t objectType, size int) []byte {
	b := []byte{byte(t)<<4 | byte(size&0x0f)}
	size >>= 4
	for size > 0 {
		b[len(b)-1] |= 0x80
		b = append(b, byte(size&0x7f))
		size >>= 7
	}
	return b
}

type countingWriter struct {
	w   io.Writer
	err error
}

func (c *countingWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.err = err
	return n, err
}

// WriteBare writes the repository as a bare repository in dir, which must
// not exist or be empty: loose objects, a ref file each, HEAD and config.
func (r *Repository) WriteBare(dir string) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty", dir)
	}
	for _, d := range []string{"objects/info", "objects/pack", "refs/heads", "refs/tags"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return err
		}
	}
	files := map[string][]byte{
		"HEAD":   []byte("ref: " + r.head + "\n"),
		"config": []byte("[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = true\n"),
	}
	for n, id := range r.refs {
		files[n] = []byte(id.String() + "\n")
	}
	for n, body := range files {
		if err := os.WriteFile(filepath.Join(dir, n), body, 0o644); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	z, _ := zlib.NewWriterLevel(&buf, zlib.BestSpeed)
	for _, o := range r.objects {
		buf.Reset()
		z.Reset(&buf)
		fmt.Fprintf(z, "%s %d\x00", o.typ, len(o.body))
		z.Write(o.body)
		if err := z.Close(); err != nil {
			return err
		}
		hexID := o.id.String()
		sub := filepath.Join(dir, "objects", hexID[:2])
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(sub, hexID[2:]), buf.Bytes(), 0o444); err != nil {
			return err
		}
	}
	return nil
}
