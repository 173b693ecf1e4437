// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.FileOwnerAttributeView;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a replaced file keeps, as editors do: its POSIX permissions, owner and group (where the process may set
 * them: root may, another user may only pick one of its own groups), or on file systems without POSIX
 * attributes its owner, access control list and DOS attributes (hidden, system, archive).
 */
final class KeptAttributes {

    private static final Logger LOG = Logger.getLogger(KeptAttributes.class.getName());

    private final Set<PosixFilePermission> permissions;
    private final UserPrincipal owner;
    private final GroupPrincipal group;
    private final List<AclEntry> acl;
    private final DosFileAttributes dos;

    private KeptAttributes(Set<PosixFilePermission> permissions, UserPrincipal owner, GroupPrincipal group, List<AclEntry> acl,
            DosFileAttributes dos) {
        this.permissions = permissions;
        this.owner = owner;
        this.group = group;
        this.acl = acl;
        this.dos = dos;
    }

    /** The attributes of the existing regular file {@code file}. */
    static KeptAttributes of(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            PosixFileAttributes attributes = posix.readAttributes();
            return new KeptAttributes(attributes.permissions(), attributes.owner(), attributes.group(), null, null);
        }
        FileOwnerAttributeView ownerView = Files.getFileAttributeView(file, FileOwnerAttributeView.class);
        AclFileAttributeView aclView = Files.getFileAttributeView(file, AclFileAttributeView.class);
        DosFileAttributeView dosView = Files.getFileAttributeView(file, DosFileAttributeView.class);
        return new KeptAttributes(null, ownerView == null ? null : ownerView.getOwner(), null,
                aclView == null ? null : aclView.getAcl(), dosView == null ? null : dosView.readAttributes());
    }

    /** Gives {@code temporary} (the file's replacement, not yet moved into place) the kept attributes. */
    void applyTo(Path temporary) throws IOException {
        if (permissions != null) {
            PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
            PosixFileAttributes now = view.readAttributes();
            // owner and group first: changing them clears set-id bits, the permissions come last
            if (!owner.equals(now.owner())) {
                tryTo(() -> view.setOwner(owner), temporary, "owner " + owner.getName());
            }
            if (!group.equals(now.group())) {
                tryTo(() -> view.setGroup(group), temporary, "group " + group.getName());
            }
            view.setPermissions(permissions);
            return;
        }
        if (owner != null) {
            tryTo(() -> Files.getFileAttributeView(temporary, FileOwnerAttributeView.class).setOwner(owner), temporary, "owner " + owner.getName());
        }
        if (acl != null) {
            Files.getFileAttributeView(temporary, AclFileAttributeView.class).setAcl(acl);
        }
        if (dos != null) {
            DosFileAttributeView view = Files.getFileAttributeView(temporary, DosFileAttributeView.class);
            view.setHidden(dos.isHidden());
            view.setSystem(dos.isSystem());
            view.setArchive(dos.isArchive());
        }
    }

    /** An ownership change the process may not be allowed to make (only root gives files away): kept when it can be. */
    private static void tryTo(Change change, Path file, String what) throws IOException {
        try {
            change.run();
        } catch (FileSystemException e) {
            LOG.log(Level.FINE, () -> file + ": the replacement keeps the writer's ownership, not " + what + " (" + e.getMessage() + ")");
        }
    }

    /** One attribute change. */
    @FunctionalInterface
    private interface Change {
        void run() throws IOException;
    }
}
