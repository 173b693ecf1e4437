package org.hvnet.diagram.glsp;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.CompoundOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

/** The GLSP diagram of HVNet topologies: its model state, storage, factory, operations, palette and markers. */
public class HvnetDiagramModule extends DiagramModule {

    /** The diagram type clients ask for. */
    public static final String DIAGRAM_TYPE = "hvnet-topology";

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
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return HvnetPalette.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(SetFiltersHandler.class);
        binding.add(ReloadSourceHandler.class);
        binding.add(TraceHandler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        binding.add(CompoundOperationHandler.class);
        binding.add(CreateNodeHandler.class);
        binding.add(CreateEdgeHandler.class);
        binding.add(DeleteHandler.class);
        binding.add(RenameHandler.class);
        binding.add(MoveHandler.class);
        binding.add(AutoLayoutHandler.class);
    }
}
