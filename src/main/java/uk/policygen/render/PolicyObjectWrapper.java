package uk.policygen.render;

import java.util.Optional;

import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

/**
 * Lets templates read the profile records naturally: an empty {@code Optional} is simply missing
 * ({@code <#if p.school.motto??>}), a present one is its value, and an enum is its name.
 */
final class PolicyObjectWrapper extends DefaultObjectWrapper {

    PolicyObjectWrapper(Version version) {
        super(configuration(version), true);
    }

    /** Record accessors and other no-argument methods read as properties: {@code w.child}, {@code p.school.name}. */
    private static DefaultObjectWrapperBuilder configuration(Version version) {
        DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(version);
        b.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        b.setDefaultZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        return b;
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof Optional<?> o) {
            return o.isPresent() ? wrap(o.get()) : null;
        }
        if (obj instanceof Enum<?> e) {
            return new EnumModel(e, super.wrap(obj));
        }
        return super.wrap(obj);
    }

    /**
     * An enum reads as its name ({@code c.access == "OPEN"}) and still offers its own facts as
     * properties ({@code c.platform.label}), so a label lives once, in Java, not in a template's map.
     */
    static final class EnumModel implements freemarker.template.TemplateScalarModel, freemarker.template.TemplateHashModel {
        private final Enum<?> value;
        private final TemplateModel bean;

        EnumModel(Enum<?> value, TemplateModel bean) {
            this.value = value;
            this.bean = bean;
        }

        @Override
        public String getAsString() {
            return value.name();
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            return bean instanceof freemarker.template.TemplateHashModel h ? h.get(key) : null;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
