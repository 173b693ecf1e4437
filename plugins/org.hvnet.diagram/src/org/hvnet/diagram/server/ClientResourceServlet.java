package org.hvnet.diagram.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the web client from this bundle's {@code web/} folder, and {@code /files.json}: the files it may open. */
public class ClientResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", "application/json", "map", "application/json", "svg", "image/svg+xml",
            "ttf", "font/ttf", "woff", "font/woff", "woff2", "font/woff2");

    private final transient List<Path> files;

    /** A servlet offering {@code files} to the client. */
    public ClientResourceServlet(List<Path> files) {
        this.files = files;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.equals("/files.json")) {
            JsonArray list = new JsonArray();
            for (Path file : files) {
                JsonObject entry = new JsonObject();
                entry.addProperty("name", file.getFileName().toString());
                entry.addProperty("path", file.toString());
                list.add(entry);
            }
            send(response, "application/json", list.toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.equals("/") || path.isEmpty()) {
            path = "/index.html";
        }
        if (path.contains("..")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = ClientResourceServlet.class.getClassLoader().getResourceAsStream("web" + path)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String extension = path.substring(path.lastIndexOf('.') + 1);
            send(response, TYPES.getOrDefault(extension, "application/octet-stream"), in.readAllBytes());
        }
    }

    private static void send(HttpServletResponse response, String type, byte[] body) throws IOException {
        response.setContentType(type);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
