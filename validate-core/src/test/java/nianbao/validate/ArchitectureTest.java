package nianbao.validate;

import nianbao.report.testing.PureJavaModule;

class ArchitectureTest extends PureJavaModule {

    ArchitectureTest() {
        super("nianbao.validate", PlantedSpringImport.class);
    }
}
