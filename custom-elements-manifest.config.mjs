// Read by `npm run analyze` (custom-elements-manifest analyze), which builds dist/custom-elements.json:
// the catalogue's property tables, the editors' completion and the React types come from it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The analyzer reads `@property({ attribute: 'heading-level' })` but not an options object declared
 * once and shared, as `@property(headingLevelProperty)` (src/lib/attributes.ts): it then names the
 * attribute after the field (`headingLevel`), an attribute no element has. This plugin reads the
 * shared object where it is declared and gives the attribute its real name.
 */
function sharedPropertyOptions() {
  /** `module path → field name → attribute name`, found in the analyze phase, applied once modules are linked. */
  const renames = new Map();

  /** The `attribute` of an object literal exported as `name` by the module `file`, if it is a string. */
  function attributeOf(ts, file, name) {
    let source;
    try {
      source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    } catch {
      return undefined;
    }
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (declaration.name.getText() !== name || declaration.initializer === undefined || !ts.isObjectLiteralExpression(declaration.initializer)) continue;
        const attribute = declaration.initializer.properties.find((property) => ts.isPropertyAssignment(property) && property.name.getText() === 'attribute');
        return attribute !== undefined && ts.isStringLiteral(attribute.initializer) ? attribute.initializer.text : undefined;
      }
    }
    return undefined;
  }

  /** Where the module imports `name` from, as a path to its TypeScript source. */
  function importedFrom(ts, sourceFile, name) {
    for (const statement of sourceFile.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const bindings = statement.importClause?.namedBindings;
      if (bindings === undefined || !ts.isNamedImports(bindings)) continue;
      if (bindings.elements.some((element) => element.name.getText() === name)) {
        return join(dirname(sourceFile.fileName), statement.moduleSpecifier.text.replace(/\.js$/u, '.ts'));
      }
    }
    return undefined;
  }

  return {
    name: 'loos-shared-property-options',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node)) return;
      for (const member of node.members) {
        const decorator = (member.modifiers ?? []).find(
          (candidate) => ts.isDecorator(candidate) && ts.isCallExpression(candidate.expression) && candidate.expression.expression.getText() === 'property',
        );
        const options = decorator?.expression.arguments[0];
        if (options === undefined || !ts.isIdentifier(options)) continue;
        const file = importedFrom(ts, node.getSourceFile(), options.text);
        const attribute = file === undefined ? undefined : attributeOf(ts, file, options.text);
        if (attribute === undefined) continue;
        const fields = renames.get(moduleDoc.path) ?? new Map();
        fields.set(member.name.getText(), attribute);
        renames.set(moduleDoc.path, fields);
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      const fields = renames.get(moduleDoc.path);
      if (fields === undefined) return;
      for (const declaration of moduleDoc.declarations ?? []) {
        for (const attribute of declaration.attributes ?? []) {
          const name = fields.get(attribute.fieldName);
          if (name !== undefined) attribute.name = name;
        }
        for (const member of declaration.members ?? []) {
          const name = fields.get(member.name);
          if (name !== undefined && member.attribute !== undefined) member.attribute = name;
        }
      }
    },
  };
}

export default {
  plugins: [sharedPropertyOptions()],
};
