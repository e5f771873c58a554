package nianbao.parse;

import nianbao.report.testing.PureJavaModule;

class ArchitectureTest extends PureJavaModule {

    ArchitectureTest() {
        super("nianbao.parse", PlantedSpringImport.class);
    }
}
