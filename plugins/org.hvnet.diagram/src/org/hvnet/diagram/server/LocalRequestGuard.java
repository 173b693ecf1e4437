// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.server;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets only this machine's own diagram page in, before any other handler: GET and HEAD only (no TRACE, no
 * OPTIONS); a {@code Host} of {@code 127.0.0.1:PORT} or {@code localhost:PORT} (another name is a DNS rebinding
 * attempt); an {@code Origin}, when there is one, of this server itself (a page of another site cannot open the
 * websocket); and the server's secret token in the query of every request for the models ({@code /glsp},
 * {@code /files.json}). The client's own files (page, script, styles) need no token: they hold nothing of the user.
 */
public final class LocalRequestGuard extends Handler.Wrapper {

    private static final Set<String> METHODS = Set.of("GET", "HEAD");

    private final Set<String> protectedPaths;
    private final byte[] token;

    /** A guard in front of {@code next}, asking {@code token} for the paths {@code protectedPaths}. */
    public LocalRequestGuard(Handler next, String token, Set<String> protectedPaths) {
        super(next);
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.protectedPaths = Set.copyOf(protectedPaths);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!METHODS.contains(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "only GET and HEAD");
            return true;
        }
        int port = Request.getLocalPort(request);
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (!isThisServer(host, port)) {
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "unknown host");
            return true;
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && !isThisServer(origin.toLowerCase(Locale.ROOT).startsWith("http://") ? origin.substring("http://".length()) : "", port)) {
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "cross-origin request");
            return true;
        }
        if (protectedPaths.contains(Request.getPathInContext(request)) && !hasToken(request)) {
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "missing or wrong token");
            return true;
        }
        return super.handle(request, response, callback);
    }

    private static boolean isThisServer(String authority, int port) {
        if (authority == null) {
            return false;
        }
        String lower = authority.toLowerCase(Locale.ROOT);
        return lower.equals("127.0.0.1:" + port) || lower.equals("localhost:" + port);
    }

    private boolean hasToken(Request request) {
        String given = Request.extractQueryParameters(request, StandardCharsets.UTF_8).getValue("token");
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }
}
