// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.CompoundOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

/** The GLSP diagram of HVNet topologies: its model state, storage, factory, operations and markers (the palette is GLSP's, from the create handlers). */
public class HvnetDiagramModule extends DiagramModule {

    /** The diagram type clients ask for. */
    public static final String DIAGRAM_TYPE = "hvnet-topology";

    /**
     * The operation handlers: one create handler per element type of the palette (GLSP's palette provider lists them,
     * labelled by their {@code getLabel()}), delete, rename, move and auto-layout.
     */
    public static final List<Class<? extends OperationHandler<?>>> OPERATION_HANDLERS = List.of(CreateHostHandler.class,
            CreateNetworkHandler.class, CreateSwitchHandler.External.class, CreateSwitchHandler.Internal.class,
            CreateSwitchHandler.Private.class, CreateSwitchHandler.Default.class, CreateNetNatHandler.class, CreateVmHandler.class, CreateVmNicHandler.class, CreateConnectionHandler.class,
            CreateCableHandler.class, DeleteHandler.class, RenameHandler.class, MoveHandler.class, AutoLayoutHandler.class);

    private final DiagramFiles files;

    /** A diagram module serving {@code files}. */
    public HvnetDiagramModule(DiagramFiles files) {
        this.files = files;
    }

    @Override
    protected void configureBase() {
        super.configureBase();
        bind(DiagramFiles.class).toInstance(files);
        bind(TopologyCommands.class);
    }

    @Override
    public String getDiagramType() {
        return DIAGRAM_TYPE;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return HvnetDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return HvnetModelState.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return HvnetSourceModelStorage.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return HvnetGModelFactory.class;
    }

    @Override
    protected Class<? extends ModelValidator> bindModelValidator() {
        return HvnetModelValidator.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(SetFiltersHandler.class);
        binding.add(ReloadSourceHandler.class);
        binding.add(TraceHandler.class);
        binding.add(EstateViewHandler.class);
        binding.add(FindHandler.class);
        binding.add(ShowChangesHandler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        binding.add(CompoundOperationHandler.class);
        OPERATION_HANDLERS.forEach(binding::add);
    }
}
