// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import org.eclipse.jface.text.AbstractReusableInformationControlCreator;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * The editor's hover, sized to its text. The text viewer limits a hover to 100 characters by 12 lines and its
 * presenter cuts what does not fit; a problem's message with its rule's fix is longer. This control allows up to
 * three fifths of the screen's width and three quarters of its height, and its size hint stays the text's own size.
 */
final class HoverInformationControl extends DefaultInformationControl {

    /** Creates the hover controls of the editor. */
    static final IInformationControlCreator CREATOR = new AbstractReusableInformationControlCreator() {
        @Override
        protected IInformationControl doCreateInformationControl(Shell parent) {
            return new HoverInformationControl(parent);
        }
    };

    /** Creates the control shown on F2 (focused): resizable, with scroll bars. */
    static final IInformationControlCreator FOCUSED_CREATOR = new AbstractReusableInformationControlCreator() {
        @Override
        protected IInformationControl doCreateInformationControl(Shell parent) {
            return new DefaultInformationControl(parent, true);
        }
    };

    HoverInformationControl(Shell parent) {
        super(parent, EditorsUI.getTooltipAffordanceString());
    }

    @Override
    public Point computeSizeConstraints(int widthInChars, int heightInChars) {
        Point inCharacters = super.computeSizeConstraints(widthInChars, heightInChars);
        Rectangle screen = getShell().getMonitor().getClientArea();
        return new Point(Math.max(inCharacters.x, screen.width * 3 / 5), Math.max(inCharacters.y, screen.height * 3 / 4));
    }

    @Override
    public IInformationControlCreator getInformationPresenterControlCreator() {
        return FOCUSED_CREATOR;
    }
}
