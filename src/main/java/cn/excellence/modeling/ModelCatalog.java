package cn.excellence.modeling;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/** What a model may reference, for the modeler to offer: the shipped forms and the application's delegate beans. */
@Component
class ModelCatalog {

    record Delegate(String expression, String kind) {
    }

    record Catalog(List<String> forms, List<Delegate> delegates) {
    }

    private final DelegateBeans delegates;
    private final FormCatalog forms;

    ModelCatalog(DelegateBeans delegates, FormCatalog forms) {
        this.delegates = delegates;
        this.forms = forms;
    }

    Catalog catalog() {
        List<Delegate> list = delegates.kinds().entrySet().stream().map(e -> new Delegate("${" + e.getKey() + "}", e.getValue()))
                .sorted(Comparator.comparing(Delegate::kind).thenComparing(Delegate::expression)).toList();
        return new Catalog(forms.formIds().stream().sorted().toList(), list);
    }
}
