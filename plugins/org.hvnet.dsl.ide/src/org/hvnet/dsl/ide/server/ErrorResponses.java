// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * The JSON-RPC error of a request that failed: the error the server chose ({@code InvalidParams} for a position
 * outside the document, ...), or {@code InternalError} with a one-line message (the stack trace goes to the server's
 * log, not to the client, and no document text goes anywhere).
 */
final class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);
    private static final int LONGEST_MESSAGE = 200;

    private ErrorResponses() {
    }

    /** The error to answer for {@code failure}. */
    static ResponseError of(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException || cause instanceof InvocationTargetException
                || cause instanceof WrappedException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ResponseErrorException error) {
            return error.getResponseError();
        }
        LOG.error("internal error of the language server", cause);
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
        if (message.length() > LONGEST_MESSAGE) {
            message = message.substring(0, LONGEST_MESSAGE) + "…";
        }
        return new ResponseError(ResponseErrorCode.InternalError,
                "hvnet lsp: internal error (" + cause.getClass().getSimpleName() + message + "); please report it", null);
    }
}
