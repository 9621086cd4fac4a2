package org.gefyra.shared.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import jakarta.faces.view.ViewMetadata;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Faces opens every page with a first pass over it that looks only for its {@code <f:metadata>}
 * (view parameters, view actions), then builds the page again to show it. Most pages have none,
 * the learner's step page among them, and that pass was about a twentieth of a step page's cost.
 * Once a page's pass found nothing, this says, when the page is opened (not posted back), that it
 * has no metadata (which the Faces API allows), and Faces builds it once. Pages do not change
 * while the server runs (the project stage is Production, which never reloads them), so what was
 * found once holds.
 */
public class NoEmptyMetadataPass extends ViewDeclarationLanguageFactory {

    private final Map<ViewDeclarationLanguage, ViewDeclarationLanguage> wrapped = new ConcurrentHashMap<>();

    public NoEmptyMetadataPass(ViewDeclarationLanguageFactory factory) {
        super(factory);
    }

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
        ViewDeclarationLanguage language = getWrapped().getViewDeclarationLanguage(viewId);
        return language == null ? null : wrapped.computeIfAbsent(language, WithoutEmptyMetadata::new);
    }

    private static final class WithoutEmptyMetadata extends ViewDeclarationLanguageWrapper {

        private final Set<String> withoutMetadata = ConcurrentHashMap.newKeySet();

        WithoutEmptyMetadata(ViewDeclarationLanguage language) {
            super(language);
        }

        @Override
        public ViewMetadata getViewMetadata(FacesContext context, String viewId) {
            // Only on opening a page: restoring a posted page's state (Mojarra's partial state saving)
            // needs the metadata view, empty or not.
            if (!context.isPostback() && withoutMetadata.contains(viewId)) {
                return null;
            }
            ViewMetadata metadata = getWrapped().getViewMetadata(context, viewId);
            return metadata == null ? null : new ViewMetadata() {
                @Override
                public String getViewId() {
                    return metadata.getViewId();
                }

                @Override
                public UIViewRoot createMetadataView(FacesContext faces) {
                    UIViewRoot root = metadata.createMetadataView(faces);
                    if (!ViewMetadata.hasMetadata(root)) {
                        withoutMetadata.add(viewId);
                    }
                    return root;
                }
            };
        }
    }
}
