package org.gefyra.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.CacheSimpleConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.XmlConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Hazelcast member that Liberty's session cache starts in each server with
 * GEFYRA_CLUSTER=hazelcast (liberty/cluster/): it talks only to the servers it is given, calls
 * nobody else, and opens Liberty's session caches the way Liberty asks for them.
 */
class ClusterConfigurationTest {

    private static final Path MEMBER = Path.of("liberty/cluster/hazelcast-member.xml");
    private static final Map<String, String> PROPERTIES = new java.util.HashMap<>();

    @BeforeAll
    static void thisServer() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PROPERTIES.put("gefyra.cluster.address", "127.0.0.1");
        PROPERTIES.put("gefyra.cluster.port", String.valueOf(port));
        PROPERTIES.put("gefyra.cluster.members", "127.0.0.1:" + port);
        PROPERTIES.put("hazelcast.jcache.provider.type", "member");
        // The JDK's own XML parsers, as on Liberty: a test library brings an older Xerces that
        // refuses the secure-processing settings Hazelcast asks for.
        PROPERTIES.put("javax.xml.parsers.DocumentBuilderFactory",
                "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
        PROPERTIES.put("javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
        PROPERTIES.put("javax.xml.validation.SchemaFactory:http://www.w3.org/2001/XMLSchema",
                "com.sun.org.apache.xerces.internal.jaxp.validation.XMLSchemaFactory");
        PROPERTIES.forEach(System::setProperty);
    }

    @AfterAll
    static void forget() {
        PROPERTIES.keySet().forEach(System::clearProperty);
    }

    @Test
    void theMemberFindsOnlyTheListedServersAndCallsNobodyElse() throws IOException {
        Config config;
        try (InputStream file = Files.newInputStream(MEMBER)) {
            config = new XmlConfigBuilder(file).build();
        }
        JoinConfig join = config.getNetworkConfig().getJoin();
        assertFalse(join.getMulticastConfig().isEnabled(), "no multicast");
        assertFalse(join.getAutoDetectionConfig().isEnabled(), "no cloud discovery");
        assertEquals(List.of("127.0.0.1:" + PROPERTIES.get("gefyra.cluster.port")), join.getTcpIpConfig().getMembers());
        assertEquals(List.of("127.0.0.1"), List.copyOf(config.getNetworkConfig().getInterfaces().getInterfaces()));
        assertEquals("false", config.getProperty("hazelcast.phone.home.enabled"), "no call home");
        for (CacheSimpleConfig cache : config.getCacheConfigs().values()) {
            assertEquals(1, cache.getBackupCount(), cache.getName() + ": a copy of every session on a second server");
        }
    }

    @Test
    void libertysSessionCachesOpenWithTheTypesLibertyAsksFor() throws Exception {
        assertTrue(Files.readString(Path.of("liberty/jvm.options")).contains("-Dhazelcast.jcache.provider.type=member"),
                "each server is a member of the cluster, not a client of another one");
        CachingProvider provider = Caching.getCachingProvider("com.hazelcast.cache.HazelcastCachingProvider");
        try (CacheManager manager = provider.getCacheManager(MEMBER.toUri(), getClass().getClassLoader())) {
            // What Liberty's sessionCache asks for (com.ibm.ws.session.store.cache.CacheHashMap).
            Cache<String, ArrayList> sessions = manager.getCache("com.ibm.ws.session.meta.default_host%2F",
                    String.class, ArrayList.class);
            Cache<String, byte[]> attributes = manager.getCache("com.ibm.ws.session.attr.default_host%2F",
                    String.class, byte[].class);
            sessions.put("session", new ArrayList<>(List.of(1L, 2L)));
            attributes.put("session.gefyra.signedIn", new byte[] {1, 2, 3});
            assertEquals(List.of(1L, 2L), sessions.get("session"));
            assertArrayEquals(new byte[] {1, 2, 3}, attributes.get("session.gefyra.signedIn"));
        } finally {
            provider.close();
        }
    }
}
