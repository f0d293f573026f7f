package org.physiokiosk.catalog;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One catalogue file read into a plain tree: a mapping is a {@code Map<String, Object>} in the file's order, a list a
 * {@code List<Object>}, every other value the text as written (a String), and an empty value null. Nothing is
 * guessed from how a value looks ("No" stays the word No), and the loader's checks decide what a field may hold.
 * SnakeYAML composes the file; this class only turns its nodes into that tree, refusing a key written twice.
 */
final class YamlTree {

    private YamlTree() {
    }

    /** The file's top-level mapping. {@code name} is how messages name the file. */
    static Map<String, Object> parse(String name, String text) throws CatalogueException {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            String where = e.getProblemMark() == null ? "" : " at line " + (e.getProblemMark().getLine() + 1);
            throw new CatalogueException(name + ": not valid YAML" + where + " (" + e.getProblem()
                    + "). Fix the file and start again.");
        } catch (YAMLException e) {
            throw new CatalogueException(name + ": not valid YAML (" + e.getMessage() + "). Fix the file and start again.");
        }
        if (!(root instanceof MappingNode)) {
            throw new CatalogueException(name + ": expected a YAML mapping of fields at the top of the file.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> top = (Map<String, Object>) plain(name, root, true);
        return top;
    }

    private static Object plain(String name, Node node, boolean top) throws CatalogueException {
        if (node instanceof ScalarNode scalar) {
            return Tag.NULL.equals(scalar.getTag()) ? null : scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> out = new ArrayList<>(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                out.add(plain(name, item, false));
            }
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (NodeTuple pair : ((MappingNode) node).getValue()) {
            int line = pair.getKeyNode().getStartMark().getLine() + 1;
            if (!(pair.getKeyNode() instanceof ScalarNode key)) {
                throw new CatalogueException(name + ": not valid YAML at line " + line
                        + " (a key must be a word). Fix the file and start again.");
            }
            if (out.containsKey(key.getValue())) {
                throw new CatalogueException(name + " line " + line + ": the key '" + key.getValue() + "' appears twice "
                        + (top ? "at the top of the file" : "in the same entry") + "; keep one.");
            }
            out.put(key.getValue(), plain(name, pair.getValueNode(), false));
        }
        return out;
    }
}
