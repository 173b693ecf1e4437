// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.views;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** Sizes a table's columns to their widest cell and header, so that no text of the simulation views is cut. */
final class TableColumns {

    private TableColumns() {
    }

    /** Packs every column of {@code table} to its content and header. */
    static void pack(Table table) {
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }
}
