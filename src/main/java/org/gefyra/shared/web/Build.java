package org.gefyra.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, put into the addresses of static files so that browsers can cache them for long. */
@Named("build")
@ApplicationScoped
public class Build {

    private final String version = read();

    public String getVersion() {
        return version;
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = Build.class.getResourceAsStream("/gefyra-build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException unreadable) {
            // fall back below
        }
        return properties.getProperty("version", "dev").replaceAll("[^A-Za-z0-9._-]", "");
    }
}
