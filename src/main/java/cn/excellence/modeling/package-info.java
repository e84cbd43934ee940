/** The one gate for models, forms and expressions: what the engine deploys and runs (模型与表单规则). */
@ApplicationModule(displayName = "Modeling", allowedDependencies = "shared")
package cn.excellence.modeling;

import org.springframework.modulith.ApplicationModule;
