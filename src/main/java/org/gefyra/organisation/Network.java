package org.gefyra.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.gefyra.shared.Check;

/** A network of partner organisations that compare their outcomes, such as a national programme. */
@Entity
@Table(name = "network")
public class Network {

    public static final int NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    protected Network() {
    }

    public Network(String name) {
        rename(name);
    }

    public void rename(String name) {
        this.name = Check.text("name", name, NAME_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
