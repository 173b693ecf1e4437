// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.tests.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.analysis.install.InstallTransformation;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The install's copier (IdentityCopier) keeps EMF's Copier's table in a table of its own and redirects every map
 * method EMF's copier calls on itself. This reads the bytecode of the EMF in the target: when a new EMF's copier
 * calls a map method the copier does not redirect, the table would be read half-empty, and this test fails first.
 */
class IdentityCopierGuardTest {

    private static final String COPIER = "org/eclipse/emf/ecore/util/EcoreUtil$Copier";

    /** The methods EMF's Copier calls on itself (or on a map type) that it does not declare: inherited map methods. */
    private static Set<String> inheritedMethodsTheCopierCalls() throws IOException {
        Set<String> declared = new TreeSet<>();
        Arrays.stream(EcoreUtil.Copier.class.getDeclaredMethods()).map(Method::getName).forEach(declared::add);
        Set<String> called = new TreeSet<>();
        try (InputStream bytes = EcoreUtil.Copier.class.getResourceAsStream("EcoreUtil$Copier.class")) {
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor, boolean isInterface) {
                            boolean onItself = owner.equals(COPIER) && !declared.contains(method);
                            if (onItself || owner.equals("java/util/LinkedHashMap") || owner.equals("java/util/HashMap")) {
                                called.add(method);
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG);
        }
        called.remove("<init>");
        return called;
    }

    @Test
    void everyMapMethodEmfsCopierCallsOnItselfIsRedirected() throws Exception {
        Set<String> called = inheritedMethodsTheCopierCalls();
        assertFalse(called.isEmpty(), "the copier reads its table through map methods");
        Class<?> identityCopier = Class.forName("org.hvnet.analysis.install.IdentityCopier", false,
                InstallTransformation.class.getClassLoader());
        Set<String> redirected = new TreeSet<>();
        Arrays.stream(identityCopier.getDeclaredMethods()).map(Method::getName).forEach(redirected::add);
        Set<String> missing = new TreeSet<>(called);
        missing.removeAll(redirected);
        assertEquals(Set.of(), missing, "map methods EMF's Copier calls (" + called + ") that IdentityCopier does not redirect");
    }

    @Test
    void theCopierOfThisEmfReadsItsTableThroughGetPutAndEntrySet() throws Exception {
        assertEquals(Set.of("entrySet", "get", "put"), inheritedMethodsTheCopierCalls(),
                "EMF's Copier changed how it reads its table: check IdentityCopier against it, then update this list");
    }
}
