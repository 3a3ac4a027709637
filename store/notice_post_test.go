package store_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/charter-org/charter"
	"github.com/charter-org/charter/member"
	"github.com/charter-org/charter/store"
	"github.com/charter-org/charter/store/storetest"
)

// postRoster has a member without email (Ana), one with email only (Ben)
// and one with both (Cleo).
const postRoster = "name,email,member id,standing,address,phone\n" +
	"Ana Post,,A1,good,\"Ana Post\n3 Dock Road\nPort Town\",+44 20 7946 0000\n" +
	"Ben Mail,ben@example.org,B2,good,,\n" +
	"Cleo Both,cleo@example.org,C3,good,\"1 Hill St\nHilltown\",\n"

func importPostRoster(t *testing.T, db *store.DB) map[string]member.User {
	t.Helper()
	ctx := context.Background()
	entries, err := member.ParseRoster(strings.NewReader(postRoster))
	if err != nil {
		t.Fatal(err)
	}
	res, err := db.ImportRoster(ctx, 0, entries)
	if err != nil {
		t.Fatal(err)
	}
	if res.Created != 3 || res.ByPost != 1 || len(res.Invitations) != 2 {
		t.Fatalf("import: %+v, want 3 created, 1 by post, 2 invitations", res)
	}
	users, err := db.Users(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]member.User{}
	for _, u := range users {
		byName[u.Name] = u
	}
	return byName
}

func TestNoticeByPost(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newBallotFixture(t, db, 2)
		users := importPostRoster(t, db)
		ana, ben, cleo := users["Ana Post"], users["Ben Mail"], users["Cleo Both"]
		if ana.Email != "" || ana.PostalAddress != "Ana Post\n3 Dock Road\nPort Town" || ana.Phone != "+44 20 7946 0000" {
			t.Fatalf("Ana: %+v", ana)
		}
		// A member without email never logs in, whatever is typed.
		if _, err := db.UserByEmail(ctx, ""); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Fatalf("user by empty email: %v", err)
		}
		if _, err := db.Invite(ctx, 0, ana.ID); charter.ErrorCode(err) != charter.EINVALID {
			t.Fatalf("invite a member without email: %v", err)
		}
		// A second import finds Ana by her member id, not as someone new.
		entries, _ := member.ParseRoster(strings.NewReader(postRoster))
		if res, err := db.ImportRoster(ctx, 0, entries); err != nil || res.Created != 0 || res.Updated != 3 {
			t.Fatalf("second import: %+v %v", res, err)
		}

		b := f.notice(t)
		out, err := db.ClaimMail(ctx, "w", 100, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range out {
			switch o.UserID {
			case ana.ID:
				t.Fatal("a notice was queued to a member without email")
			case ben.ID:
				if _, err := db.MailSent(ctx, "w", []int64{o.ID}); err != nil {
					t.Fatal(err)
				}
			case cleo.ID:
				if err := db.MailFailed(ctx, o.ID, "w", "550 no such mailbox <cleo@example.org>", true, time.Time{}); err != nil {
					t.Fatal(err)
				}
			}
		}

		if _, err := db.NoticeLetters(ctx, f.members[1], b.ID, store.LettersDue); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Fatalf("a member asks for letters: %v", err)
		}
		due, err := db.NoticeLetters(ctx, f.officer, b.ID, store.LettersDue)
		if err != nil {
			t.Fatal(err)
		}
		if names := recipientNames(due); names != "Ana Post, Cleo Both" || due.WithoutAddress != 0 {
			t.Fatalf("letters due: %s (%d without address), want Ana and Cleo", names, due.WithoutAddress)
		}
		if due.Notice.ContentID == 0 || !strings.Contains(string(due.Notice.Facts), "Notice period") {
			t.Fatalf("notice content: %+v", due.Notice)
		}
		if err := db.RecordLetters(ctx, f.officer, b.ID, due.Notice.ContentID, store.LetterPDF, due.Recipients); err != nil {
			t.Fatal(err)
		}
		// Off the roll, or another ballot's content: refused.
		if err := db.RecordLetters(ctx, f.officer, b.ID, due.Notice.ContentID, store.LetterCSV, []store.LetterRecipient{{UserID: f.officer.ID}}); charter.ErrorCode(err) != charter.EINVALID {
			t.Fatalf("a letter to someone off the roll: %v", err)
		}
		if err := db.RecordLetters(ctx, f.officer, b.ID, due.Notice.ContentID+1000, store.LetterCSV, nil); charter.ErrorCode(err) != charter.ENOTFOUND {
			t.Fatalf("a letter of another content: %v", err)
		}
		if again, err := db.NoticeLetters(ctx, f.officer, b.ID, store.LettersDue); err != nil || len(again.Recipients) != 0 {
			t.Fatalf("letters due after they were prepared: %s %v", recipientNames(again), err)
		}
		if again, err := db.NoticeLetters(ctx, f.officer, b.ID, store.LettersAgain); err != nil || recipientNames(again) != "Ana Post, Cleo Both" {
			t.Fatalf("letters again: %s %v", recipientNames(again), err)
		}
		roll, err := db.NoticeLetters(ctx, f.officer, b.ID, store.LettersRoll)
		if err != nil || recipientNames(roll) != "Ana Post, Cleo Both" || roll.WithoutAddress != b.RollSize-2 {
			t.Fatalf("the whole roll: %s, %d without address (roll %d) %v", recipientNames(roll), roll.WithoutAddress, b.RollSize, err)
		}

		if _, err := db.NoticeReport(ctx, f.members[1], b.ID); charter.ErrorCode(err) != charter.EFORBIDDEN {
			t.Fatalf("a member reads the notice report: %v", err)
		}
		observer, err := db.CreateUser(ctx, 0, store.NewUser{Email: "observer@example.org", Name: "Olga Observer", Roles: []member.Role{member.RoleObserver}, GoodStanding: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, reader := range []member.User{f.officer, observer} {
			rep, err := db.NoticeReport(ctx, reader, b.ID)
			if err != nil {
				t.Fatal(err)
			}
			c := rep.Counts
			if len(rep.Lines) != b.RollSize || c.Sent != 1 || c.Letter != 2 || c.Failed != 0 || c.Queued != b.RollSize-3 || c.Nothing != 0 {
				t.Fatalf("counts %+v of %d lines, roll %d", c, len(rep.Lines), b.RollSize)
			}
			for _, l := range rep.Lines {
				switch l.UserID {
				case ana.ID:
					if l.How != store.NoticeLetter || l.HasEmail || !l.HasAddress || l.LetterBy != f.officer.Name || l.LetterFormat != "pdf" {
						t.Errorf("Ana: %+v", l)
					}
				case cleo.ID:
					if l.How != store.NoticeLetter || l.FailedAt == nil || (l.Error != "") != (reader.ID == f.officer.ID) {
						t.Errorf("Cleo, read by %s: %+v (the reason is the officer's alone)", reader.Name, l)
					}
				case ben.ID:
					if l.How != store.NoticeSent || l.SentAt == nil {
						t.Errorf("Ben: %+v", l)
					}
				}
			}
		}
		events, err := db.AuditEvents(ctx, 100)
		if err != nil {
			t.Fatal(err)
		}
		var letters []string
		for _, e := range events {
			if e.Action == "ballot.letters" {
				letters = append(letters, e.Detail)
			}
		}
		if len(letters) != 1 || !strings.Contains(letters[0], "2 letters prepared as pdf") {
			t.Fatalf("audit of letters: %q, want the one download", letters)
		}
	})
}

func recipientNames(l store.NoticeLetters) string {
	var names []string
	for _, r := range l.Recipients {
		names = append(names, r.Name)
	}
	return strings.Join(names, ", ")
}
