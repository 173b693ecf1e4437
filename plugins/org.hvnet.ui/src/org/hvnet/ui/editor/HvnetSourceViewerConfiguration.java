// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.hvnet.ui.editor.coloring.HvnetPartitions;
import org.hvnet.ui.editor.coloring.PartitionScanners;
import org.hvnet.ui.editor.coloring.StyleColors;

/** Wires the language's services into the text viewer of {@link HvnetEditor}. */
final class HvnetSourceViewerConfiguration extends TextSourceViewerConfiguration {

    /** The reconciler's delay after the last keystroke. */
    static final int RECONCILE_DELAY_MILLIS = 400;

    private final HvnetEditor editor;
    private final StyleColors colors;

    HvnetSourceViewerConfiguration(HvnetEditor editor, StyleColors colors) {
        super(org.eclipse.ui.editors.text.EditorsUI.getPreferenceStore());
        this.editor = editor;
        this.colors = colors;
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return HvnetPartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return HvnetPartitions.CONTENT_TYPES;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(HvnetPartitions.PARTITIONING);
        PartitionScanners scanners = new PartitionScanners(editor.language().lexerTokens(), colors);
        for (String contentType : HvnetPartitions.CONTENT_TYPES) {
            DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanners.forContentType(contentType));
            reconciler.setDamager(repairer, contentType);
            reconciler.setRepairer(repairer, contentType);
        }
        return reconciler;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        MonoReconciler reconciler = new MonoReconciler(new HvnetReconcilingStrategy(editor), false);
        reconciler.setDelay(RECONCILE_DELAY_MILLIS);
        return reconciler;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setDocumentPartitioning(HvnetPartitions.PARTITIONING);
        assistant.setContentAssistProcessor(new HvnetContentAssistProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoActivation(false);
        assistant.setShowEmptyList(true);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new QuickFixProcessor(editor));
        assistant.setInformationControlCreator(HoverInformationControl.CREATOR); // the fixed problem's whole text
        assistant.setRestoreCompletionProposalSize(QuickFixProcessor.popupSize());
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new HvnetTextHover(editor);
    }

    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
        IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(sourceViewer);
        IHyperlinkDetector[] all = new IHyperlinkDetector[(inherited == null ? 0 : inherited.length) + 1];
        all[0] = new DeclarationHyperlinkDetector(editor);
        if (inherited != null) {
            System.arraycopy(inherited, 0, all, 1, inherited.length);
        }
        return all;
    }
}
