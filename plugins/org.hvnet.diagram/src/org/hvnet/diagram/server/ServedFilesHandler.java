// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.server;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import org.hvnet.diagram.glsp.DiagramFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code /files.json}: the files this server may open (those named on its command line), for the page's picker; with
 * several files, first the diagram of all of them ({@code path} {@value DiagramFiles#ALL}).
 */
final class ServedFilesHandler extends Handler.Abstract.NonBlocking {

    private final String json;

    ServedFilesHandler(List<Path> files) {
        JsonArray list = new JsonArray();
        if (files.size() > 1) {
            JsonObject all = new JsonObject();
            all.addProperty("name", "all " + files.size() + " files");
            all.addProperty("path", DiagramFiles.ALL);
            list.add(all);
        }
        for (Path file : files) {
            JsonObject entry = new JsonObject();
            entry.addProperty("name", file.getFileName().toString());
            entry.addProperty("path", file.toString());
            list.add(entry);
        }
        this.json = list.toString();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, json, callback);
        return true;
    }
}
