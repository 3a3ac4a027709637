package store

import (
	"context"
	"time"

	"gorm.io/gorm"

	"github.com/charter-org/charter/comment"
	"github.com/charter-org/charter/document"
	"github.com/charter-org/charter/member"
)

// Agenda is what the home page lists across all documents: the amendments
// waiting for co-sponsors, the latest comments, and for the drafting
// committee the work waiting in each document's queues.
type Agenda struct {
	AwaitingSeconds []AwaitingSeconds
	RecentComments  []RecentComment
	Queues          []DocumentQueue // empty unless the reader edits documents
}

// AwaitingSeconds is a submitted amendment short of co-sponsors.
type AwaitingSeconds struct {
	ID            int64
	Title         string
	DocumentSlug  string
	DocumentTitle string
	SponsorID     int64
	SponsorName   string
	Cosponsors    int
	Needed        int
	SecondedByMe  bool
	CreatedAt     time.Time
}

// RecentComment is a visible comment, where it was written.
type RecentComment struct {
	ID           int64
	DocumentSlug string
	SectionKey   string // "" for a comment on the whole document
	AuthorName   string
	Stance       comment.Stance
	Body         string
	CreatedAt    time.Time
}

// DocumentQueue counts a document's work for the committee.
type DocumentQueue struct {
	Slug, Title string
	Unanswered  int // visible comments that open a thread and have no disposition
	Reported    int // visible comments that members reported
	ToMerge     int // seconded amendments
}

// Agenda lists, newest first and at most limit of each, what is waiting for
// the members; the committee's queues only when u may edit documents.
func (db *DB) Agenda(ctx context.Context, u member.User, limit int) (Agenda, error) {
	var a Agenda
	err := db.view(ctx, "agenda", func(tx *gorm.DB) (err error) {
		a, err = agenda(tx, u, limit)
		return err
	})
	return a, err
}

func agenda(tx *gorm.DB, u member.User, limit int) (Agenda, error) {
	var a Agenda
	var err error
	if a.AwaitingSeconds, err = awaitingSeconds(tx, u, limit); err != nil {
		return a, err
	}
	if a.RecentComments, err = recentComments(tx, limit); err != nil {
		return a, err
	}
	if document.CanEdit(&u) {
		a.Queues, err = documentQueues(tx)
	}
	return a, err
}

func awaitingSeconds(tx *gorm.DB, u member.User, limit int) ([]AwaitingSeconds, error) {
	var rows []struct {
		AwaitingSeconds
		Mine int
	}
	err := tx.Table("amendments AS a").
		Select(`a.id, a.title, a.sponsor_id, a.created_at, d.slug AS document_slug, d.title AS document_title,
			d.cosponsors_needed AS needed, u.name AS sponsor_name,
			(SELECT COUNT(*) FROM amendment_cosponsors c WHERE c.amendment_id = a.id) AS cosponsors,
			(SELECT COUNT(*) FROM amendment_cosponsors c WHERE c.amendment_id = a.id AND c.user_id = ?) AS mine`, u.ID).
		Joins("JOIN documents d ON d.id = a.document_id").
		Joins("JOIN users u ON u.id = a.sponsor_id").
		Where("a.status = ?", "submitted").
		Order("a.created_at DESC, a.id DESC").Limit(limit).Scan(&rows).Error
	out := make([]AwaitingSeconds, len(rows))
	for i, r := range rows {
		out[i] = r.AwaitingSeconds
		out[i].SecondedByMe = r.Mine > 0
	}
	return out, err
}

func recentComments(tx *gorm.DB, limit int) ([]RecentComment, error) {
	var out []RecentComment
	err := tx.Table("comments AS c").
		Select("c.id, c.stance, c.body, c.created_at, d.slug AS document_slug, u.name AS author_name, COALESCE(p.section_key, '') AS section_key").
		Joins("JOIN documents d ON d.id = c.document_id").
		Joins("JOIN users u ON u.id = c.author_id").
		Joins("LEFT JOIN comment_placements p ON p.comment_id = c.id AND p.version_id = c.version_id").
		Where("c.deleted_at IS NULL AND c.hidden_reason = ''").
		Order("c.created_at DESC, c.id DESC").Limit(limit).Scan(&out).Error
	return out, err
}

func documentQueues(tx *gorm.DB) ([]DocumentQueue, error) {
	var out []DocumentQueue
	err := tx.Table("documents AS d").
		Select(`d.slug, d.title,
			(SELECT COUNT(*) FROM comments c WHERE c.document_id = d.id AND c.parent_id IS NULL AND c.disposition = ''
				AND c.deleted_at IS NULL AND c.hidden_reason = '') AS unanswered,
			(SELECT COUNT(DISTINCT r.comment_id) FROM comment_reports r JOIN comments c ON c.id = r.comment_id
				WHERE c.document_id = d.id AND c.deleted_at IS NULL AND c.hidden_reason = '') AS reported,
			(SELECT COUNT(*) FROM amendments a WHERE a.document_id = d.id AND a.status = ?) AS to_merge`, "seconded").
		Order("d.title, d.id").Scan(&out).Error
	return out, err
}
