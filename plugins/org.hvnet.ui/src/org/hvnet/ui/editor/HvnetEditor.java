// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.hvnet.ui.HvnetUiPlugin;
import org.hvnet.ui.editor.coloring.SemanticPresentation;
import org.hvnet.dsl.ide.highlighting.SemanticRanges;
import org.hvnet.ui.editor.coloring.StyleColors;
import org.hvnet.ui.editor.outline.HvnetOutlinePage;
import org.hvnet.ui.editor.outline.OutlineNodes;
import org.hvnet.ui.language.HvnetLanguage;
import org.hvnet.ui.language.ParsedText;
import org.hvnet.ui.language.TextProblem;

/**
 * The .hvnet text editor: colouring from the language's lexer and model, content assist from Xtext's IDE proposal
 * provider, validation as you type (debounced, off the UI thread), hover, outline, format and go-to-definition.
 */
public class HvnetEditor extends TextEditor {

    /** The editor id. */
    public static final String ID = "org.hvnet.ui.editor";
    /** The key-binding context of the editor. */
    public static final String CONTEXT = "org.hvnet.ui.editorScope";
    /** The command id of Format. */
    public static final String FORMAT_COMMAND = "org.hvnet.ui.editor.format";
    /** The command id of Open Declaration. */
    public static final String OPEN_DECLARATION_COMMAND = "org.hvnet.ui.editor.openDeclaration";
    /** The annotation types of validation as you type. */
    static final Map<TextProblem.Kind, String> ANNOTATION_TYPES = Map.of(TextProblem.Kind.ERROR,
            "org.eclipse.ui.workbench.texteditor.error", TextProblem.Kind.WARNING,
            "org.eclipse.ui.workbench.texteditor.warning", TextProblem.Kind.INFO,
            "org.eclipse.ui.workbench.texteditor.info");

    /** {@code -Dhvnet.traceReconcile=true} prints each reconcile's times on standard output. */
    private static final boolean TRACE_RECONCILE = Boolean.getBoolean("hvnet.traceReconcile");

    private final HvnetLanguage language = HvnetUiPlugin.getDefault().language();
    private final StyleColors colors = new StyleColors();
    private final SemanticPresentation semanticPresentation = new SemanticPresentation(colors);
    private final AtomicLong reconcileCount = new AtomicLong();
    private volatile ReconcileResult latest;
    private final java.util.List<java.util.function.Consumer<ReconcileResult>> reconcileListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Annotation[] shownAnnotations = new Annotation[0];
    private HvnetOutlinePage outlinePage;

    /** A new editor. */
    public HvnetEditor() {
        HvnetUiPlugin.getDefault().startProblemMarkers();
        setSourceViewerConfiguration(new HvnetSourceViewerConfiguration(this, colors));
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] { CONTEXT });
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        ISourceViewer viewer = getSourceViewer();
        if (viewer instanceof org.eclipse.jface.text.TextViewer textViewer) {
            textViewer.addTextPresentationListener(semanticPresentation);
        }
        org.hvnet.ui.diagram.DiagramSync.followCaret(this);
    }

    @Override
    protected void doSetInput(org.eclipse.ui.IEditorInput input) throws org.eclipse.core.runtime.CoreException {
        IDocument old = getDocumentProvider() == null || getEditorInput() == null ? null
                : getDocumentProvider().getDocument(getEditorInput());
        if (old != null) {
            old.removeDocumentListener(semanticPresentation);
        }
        super.doSetInput(input);
        IDocument document = getDocumentProvider().getDocument(input);
        if (document != null) {
            org.hvnet.ui.editor.coloring.HvnetPartitions.install(document, language.lexerTokens());
            document.addDocumentListener(semanticPresentation);
        }
    }

    @Override
    protected void createActions() {
        super.createActions();
        ResourceBundle bundle = EditorMessages.BUNDLE;
        ContentAssistAction assist = new ContentAssistAction(bundle, "ContentAssistProposal.", this);
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction("ContentAssistProposal", assist);
        markAsStateDependentAction("ContentAssistProposal", true);

        IAction format = new FormatAction(this);
        format.setActionDefinitionId(FORMAT_COMMAND);
        setAction(FormatAction.ID, format);
        markAsStateDependentAction(FormatAction.ID, true);

        IAction open = new OpenDeclarationAction(this);
        open.setActionDefinitionId(OPEN_DECLARATION_COMMAND);
        setAction(OpenDeclarationAction.ID, open);
    }

    @Override
    protected void editorContextMenuAboutToShow(IMenuManager menu) {
        super.editorContextMenuAboutToShow(menu);
        addAction(menu, ITextEditorActionConstants.GROUP_EDIT, "ContentAssistProposal");
        addAction(menu, ITextEditorActionConstants.GROUP_EDIT, ITextEditorActionConstants.QUICK_ASSIST);
        addAction(menu, ITextEditorActionConstants.GROUP_EDIT, FormatAction.ID);
        addAction(menu, ITextEditorActionConstants.GROUP_FIND, OpenDeclarationAction.ID);
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (IContentOutlinePage.class.equals(type)) {
            if (outlinePage == null || outlinePage.getControl() == null || outlinePage.getControl().isDisposed()) {
                outlinePage = new HvnetOutlinePage(this);
                ReconcileResult result = latest;
                if (result != null) {
                    outlinePage.setInput(result.outline());
                }
            }
            return type.cast(outlinePage);
        }
        return super.getAdapter(type);
    }

    /** Parses, validates and colours {@code document}'s text; called on the reconciler's thread. */
    void reconcile(IDocument document, IProgressMonitor monitor) {
        long start = System.nanoTime();
        String text = document.get();
        CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
        try {
            ParsedText parsed = language.parser().parse(EditorInputFiles.uriOf(getEditorInput()), text,
                    EditorInputFiles.siblingsOf(EditorInputFiles.fileOf(getEditorInput())), cancel);
            List<SemanticRanges.Range> ranges = SemanticRanges.of(parsed.resource(),
                    language.get(EObjectAtOffsetHelper.class));
            ReconcileResult result = new ReconcileResult(parsed, ranges, OutlineNodes.of(parsed.topology()),
                    (System.nanoTime() - start) / 1_000_000);
            Display display = getSite() == null ? null : getSite().getShell().getDisplay();
            if (display != null && !display.isDisposed()) {
                display.asyncExec(() -> show(result, document));
            }
        } catch (RuntimeException e) {
            if (!cancel.isCanceled()) {
                HvnetUiPlugin.log("reconciling " + getEditorInput().getName() + " failed", e);
            }
        }
    }

    /** Shows a reconcile's result (UI thread) unless the text changed since. */
    private void show(ReconcileResult result, IDocument document) {
        ISourceViewer viewer = getSourceViewer();
        if (viewer == null || viewer.getDocument() != document) {
            return;
        }
        if (!document.get().equals(result.parsed().text())) {
            return; // a newer reconcile is on its way
        }
        latest = result;
        showAnnotations(result.parsed().problems());
        semanticPresentation.update(result.semanticRanges(), viewer);
        if (outlinePage != null) {
            outlinePage.setInput(result.outline());
        }
        reconcileCount.incrementAndGet();
        if (TRACE_RECONCILE) {
            System.out.printf("hvnet reconcile %s: %d chars, parse+link %d ms, validate %d ms, whole reconcile %d ms, %d problems%n",
                    getEditorInput().getName(), result.parsed().text().length(), result.parsed().parseMillis(),
                    result.parsed().validateMillis(), result.millis(), result.parsed().problems().size());
        }
        for (java.util.function.Consumer<ReconcileResult> listener : reconcileListeners) {
            listener.accept(result);
        }
    }

    /** Calls {@code listener} on the UI thread with every reconcile shown from now on. */
    public void addReconcileListener(java.util.function.Consumer<ReconcileResult> listener) {
        reconcileListeners.add(listener);
    }

    /** Stops calling {@code listener}. */
    public void removeReconcileListener(java.util.function.Consumer<ReconcileResult> listener) {
        reconcileListeners.remove(listener);
    }

    private void showAnnotations(List<TextProblem> problems) {
        IAnnotationModel model = getDocumentProvider().getAnnotationModel(getEditorInput());
        if (model == null) {
            return;
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (TextProblem problem : problems) {
            Annotation annotation = new Annotation(ANNOTATION_TYPES.get(problem.severity()), false, problem.text());
            added.put(annotation, new Position(problem.offset(), Math.max(problem.length(), 0)));
        }
        if (model instanceof IAnnotationModelExtension extension) {
            extension.replaceAnnotations(shownAnnotations, added);
        } else {
            for (Annotation old : shownAnnotations) {
                model.removeAnnotation(old);
            }
            added.forEach(model::addAnnotation);
        }
        shownAnnotations = added.keySet().toArray(new Annotation[0]);
    }

    /** Selects and reveals the name at {@code offset} (of {@code length}) in the text and in the Outline. */
    public void revealElement(int offset, int length) {
        selectAndReveal(offset, length);
        if (outlinePage != null) {
            outlinePage.select(offset);
        }
    }

    /** The last reconcile shown, or null before the first. */
    public ReconcileResult latestReconcile() {
        return latest;
    }

    /** How many reconciles have been shown (tests wait on it). */
    public long reconcileCount() {
        return reconcileCount.get();
    }

    /** The content-assist proposals at {@code offset}, as Ctrl+Space lists them. */
    public org.eclipse.jface.text.contentassist.ICompletionProposal[] proposalsAt(int offset) {
        return new HvnetContentAssistProcessor(this).computeCompletionProposals(getSourceViewer(), offset);
    }

    /** The hover text at {@code offset}, as the mouse shows it (null when there is nothing to say). */
    public String hoverAt(int offset) {
        return new HvnetTextHover(this).getHoverInfo(getSourceViewer(), new org.eclipse.jface.text.Region(offset, 0));
    }

    /** The editor's text hover (tests read its control creator). */
    public org.eclipse.jface.text.ITextHover textHover() {
        return new HvnetTextHover(this);
    }

    /** The language services. */
    public HvnetLanguage language() {
        return language;
    }

    /** The semantic colouring layer (tests and hovers read it). */
    public SemanticPresentation semanticPresentation() {
        return semanticPresentation;
    }

    /** The viewer of this editor (for actions of the bundle and tests). */
    public ISourceViewer viewer() {
        return getSourceViewer();
    }

}
