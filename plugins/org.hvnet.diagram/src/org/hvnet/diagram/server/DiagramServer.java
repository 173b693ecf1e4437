package org.hvnet.diagram.server;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.glsp.server.websocket.WebsocketModule;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hvnet.diagram.glsp.DiagramFiles;
import org.hvnet.diagram.glsp.HvnetDiagramModule;

import com.google.inject.Guice;
import com.google.inject.Injector;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The web diagram: one Jetty server on 127.0.0.1 serving the client and the GLSP websocket ({@code /glsp}).
 * Unlike GLSP's own launcher it never blocks, never exits the JVM, and reports the port it bound.
 */
public final class DiagramServer implements AutoCloseable {

    /** Path of the GLSP websocket endpoint. */
    public static final String ENDPOINT = "/glsp";

    private final Server server;
    private final int port;

    private DiagramServer(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts serving {@code files} on 127.0.0.1:{@code port} (0 = any free port).
     *
     * @throws Exception when Jetty cannot start (e.g. the port is taken)
     */
    public static DiagramServer start(List<Path> files, Injector language, int port) throws Exception {
        ServiceLoaderSupport.start();
        DiagramFiles served = new DiagramFiles(files, language);
        Server server = new Server(new InetSocketAddress("127.0.0.1", port));
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new ClientResourceServlet(served.all())), "/*");
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            ServerEndpointConfig config = ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, ENDPOINT)
                    .configurator(new GLSPConfigurator(() -> glspInjector(served))).build();
            container.setDefaultMaxTextMessageBufferSize(GLSPServerEndpoint.MAX_TEXT_MESSAGE_BUFFER_SIZE);
            container.addEndpoint(config);
        });
        server.setHandler(context);
        server.start();
        int bound = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return new DiagramServer(server, bound);
    }

    private static Injector glspInjector(DiagramFiles files) {
        return Guice.createInjector(new ServerModule().configureDiagramModule(new HvnetDiagramModule(files)), new WebsocketModule());
    }

    /** The port bound. */
    public int port() {
        return port;
    }

    /** The address of the web client: {@code http://127.0.0.1:PORT/}. */
    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
