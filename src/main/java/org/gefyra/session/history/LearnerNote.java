package org.gefyra.session.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gefyra.shared.Check;
import org.gefyra.shared.InvalidInputException;

/** Something an educator wrote about a learner, dated and signed; kept as written. */
@Entity
@Table(name = "learner_note")
public class LearnerNote {

    public static final int LONGEST = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id", updatable = false)
    private Long learnerId;

    @Column(name = "author_id", updatable = false)
    private Long authorId;

    @Column(name = "written_at", updatable = false)
    private Instant writtenAt;

    @Column(updatable = false)
    private String body;

    protected LearnerNote() {
    }

    public LearnerNote(long learnerId, long authorId, String text) {
        String checked = Check.paragraphs("note", text, LONGEST);
        if (checked == null) {
            throw new InvalidInputException("note", "error.required");
        }
        this.learnerId = learnerId;
        this.authorId = authorId;
        this.writtenAt = Instant.now();
        this.body = checked;
    }

    public Long getId() { return id; }
    public Long getLearnerId() { return learnerId; }
    public Long getAuthorId() { return authorId; }
    public Instant getWrittenAt() { return writtenAt; }
    public String getBody() { return body; }
}
