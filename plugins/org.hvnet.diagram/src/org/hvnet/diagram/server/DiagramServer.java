// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.server;

import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.glsp.server.websocket.WebsocketModule;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.hvnet.diagram.gmodel.ChangeBaseline;
import org.hvnet.diagram.glsp.DiagramFiles;
import org.hvnet.diagram.glsp.HvnetDiagramModule;
import org.hvnet.diagram.glsp.ModelFileWatch;

import com.google.inject.Guice;
import com.google.inject.Injector;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The web diagram: one Jetty server on 127.0.0.1 serving the client ({@code /}), the list of served files
 * ({@code /files.json}) and the GLSP websocket ({@code /glsp}), behind a {@link LocalRequestGuard}: requests from
 * another site or host name are refused, and the models need the token of this run, which {@link #url()} carries.
 * Unlike GLSP's own launcher it never blocks, never exits the JVM, and reports the port it bound.
 */
public final class DiagramServer implements AutoCloseable {

    /** Path of the GLSP websocket endpoint. */
    public static final String ENDPOINT = "/glsp";
    /** Path of the list of served files. */
    public static final String FILES = "/files.json";

    private final Server server;
    private final int port;
    private final String token;
    private final ModelFileWatch watch;

    private DiagramServer(Server server, int port, String token, ModelFileWatch watch) {
        this.server = server;
        this.port = port;
        this.token = token;
        this.watch = watch;
    }

    /**
     * Starts serving {@code files} on 127.0.0.1:{@code port} (0 = any free port), with a new token.
     *
     * @throws Exception when Jetty cannot start (e.g. the port is taken)
     */
    public static DiagramServer start(List<Path> files, Injector language, int port) throws Exception {
        return start(files, null, language, port);
    }

    /**
     * Starts serving {@code files} compared with {@code baseline} (their changes layer; null: none) on
     * 127.0.0.1:{@code port} (0 = any free port), with a new token.
     *
     * @throws Exception when Jetty cannot start (e.g. the port is taken)
     */
    public static DiagramServer start(List<Path> files, ChangeBaseline baseline, Injector language, int port) throws Exception {
        ServiceLoaderSupport.start();
        ModelFileWatch watch = ModelFileWatch.start();
        DiagramFiles served = new DiagramFiles(files, language, watch);
        served.setBaseline(baseline);
        served.documents().prepare(served.all());
        String token = AccessToken.create();
        Server server = new Server(new InetSocketAddress("127.0.0.1", port));
        ServletContextHandler glsp = new ServletContextHandler();
        glsp.setContextPath("/");
        JakartaWebSocketServletContainerInitializer.configure(glsp, (servletContext, container) -> {
            ServerEndpointConfig config = ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, ENDPOINT)
                    .configurator(new GLSPConfigurator(() -> glspInjector(served))).build();
            container.setDefaultMaxTextMessageBufferSize(GLSPServerEndpoint.MAX_TEXT_MESSAGE_BUFFER_SIZE);
            container.addEndpoint(config);
        });
        PathMappingsHandler routes = new PathMappingsHandler();
        routes.addMapping(PathSpec.from(ENDPOINT), glsp);
        routes.addMapping(PathSpec.from(FILES), new ServedFilesHandler(served.all()));
        routes.addMapping(PathSpec.from("/"), ClientFiles.handler());
        server.setHandler(new LocalRequestGuard(routes, token, Set.of(ENDPOINT, FILES)));
        try {
            server.start();
        } catch (Exception e) {
            watch.close();
            throw e;
        }
        int bound = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return new DiagramServer(server, bound, token, watch);
    }

    private static Injector glspInjector(DiagramFiles files) {
        return Guice.createInjector(new ServerModule().configureDiagramModule(new HvnetDiagramModule(files)), new WebsocketModule());
    }

    /** The port bound. */
    public int port() {
        return port;
    }

    /** The secret of this run, which every request for the models must carry ({@code ?token=}). */
    public String token() {
        return token;
    }

    /** The address of the web client, with the token: {@code http://127.0.0.1:PORT/?token=TOKEN}. */
    public String url() {
        return "http://127.0.0.1:" + port + "/?token=" + token;
    }

    /** The address of the web client opening {@code file} (one of the served files). */
    public String url(Path file) {
        return url() + "&file=" + URLEncoder.encode(file.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8);
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            watch.close();
        }
    }
}
