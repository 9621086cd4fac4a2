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
        this.name = Check.text("name", name, 120);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
