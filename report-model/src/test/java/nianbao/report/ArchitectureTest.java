package nianbao.report;

import nianbao.report.testing.PureJavaModule;

class ArchitectureTest extends PureJavaModule {

    ArchitectureTest() {
        super("nianbao.report", PlantedSpringImport.class);
    }
}
