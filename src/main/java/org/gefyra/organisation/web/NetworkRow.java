package org.gefyra.organisation.web;

import java.io.Serializable;
import org.gefyra.organisation.Network;

/** A network of organisations as a list or a choice shows it. */
public record NetworkRow(long id, String name) implements Serializable {

    public static NetworkRow of(Network network) {
        return new NetworkRow(network.getId(), network.getName());
    }
}
