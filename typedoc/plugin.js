// @ts-check
// TypeDoc plugin for kommunal's API reference. Our entity types are `z.infer<typeof XSchema>`: to
// TypeScript they are anonymous `Readonly<{ … }>` objects, so TypeDoc printed `Dataset` as its
// 400-line expansion wherever it sat in a union or an array, and every schema as its nested zod
// types. This plugin puts the names back and tidies what the zod shapes leave behind.
import { basename, extname } from 'node:path';
import {
  ArrayType,
  Converter,
  QueryType,
  ReflectionFlag,
  ReflectionKind,
  TypeOperatorType,
  TypeScript as ts,
  UnionType,
} from 'typedoc';

/**
 * @typedef {import('typedoc').Application} Application
 * @typedef {import('typedoc').Context} Context
 * @typedef {import('typedoc').SomeType} SomeType
 * @typedef {{ readonly symbol: ts.Symbol, readonly query: boolean }} Name
 */

/** @param {Application} app */
export function load(app) {
  nameInferredTypes(app);
  dropShapeInitializers(app);
  titleDocuments(app);
}

/**
 * Shows an exported `z.infer` type alias (`Dataset`, `Municipality`, `MunicipalityKind`) and an
 * exported schema (`typeof MunicipalitySchema`) by name wherever its type turns up: in a
 * parameter, a property, a return type, a union, an array or a type argument.
 *
 * TypeDoc converts the top-level type of every parameter, property and signature through
 * `converter.convertType`, and the members of an object type are properties, so looking the type up
 * there (and in the unions, arrays and generic arguments around it) reaches every place.
 *
 * @param {Application} app
 */
function nameInferredTypes(app) {
  const converter = app.converter;
  const convertType = converter.convertType.bind(converter);
  /** @type {Map<ts.Type, Name>} */
  let names = new Map();
  /** @type {Map<ts.Symbol, string[]>} the values of each enum type, in the order the schema lists them */
  let enums = new Map();

  converter.on(Converter.EVENT_BEGIN, (context) => {
    names = new Map();
    enums = new Map();
    const entryPoints = /** @type {string[]} */ (app.options.getValue('entryPoints'));
    for (const program of context.programs) {
      const checker = program.getTypeChecker();
      for (const entryPoint of entryPoints) {
        const source = program.getSourceFile(entryPoint);
        const moduleSymbol = source && checker.getSymbolAtLocation(source);
        if (!moduleSymbol) continue;
        for (const exported of checker.getExportsOfModule(moduleSymbol)) {
          const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
          const declaration = symbol.declarations?.[0];
          if (declaration && ts.isTypeAliasDeclaration(declaration) && isZodInfer(declaration.type)) {
            const type = checker.getDeclaredTypeOfSymbol(symbol);
            if (type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Union)) names.set(type, { symbol, query: false });
            const values = enumValues(checker, declaration.type);
            if (values) enums.set(symbol, values);
          } else if (declaration && ts.isVariableDeclaration(declaration) && symbol.name.endsWith('Schema')) {
            names.set(checker.getTypeOfSymbol(symbol), { symbol, query: true });
          }
        }
      }
    }
  });

  /**
   * @param {Context} context
   * @param {ts.Type | ts.TypeNode | undefined} typeOrNode
   * @param {ts.TypeNode} [maybeNode]
   * @returns {SomeType}
   */
  converter.convertType = (context, typeOrNode, maybeNode) => {
    if (typeOrNode && !('kind' in typeOrNode)) {
      const self = context.getSymbolFromReflection(context.scope);
      const named = nameIn(context, typeOrNode, self);
      // TypeScript orders a union's members by creation; the declaration keeps the author's order.
      if (named?.type === 'union' && maybeNode && ts.isUnionTypeNode(maybeNode)) return convertType(context, maybeNode);
      if (named) return named;
    }
    // The overloads take a node alone or a type with an optional node; this passes on either.
    const converted = convertType(context, /** @type {ts.Type} */ (typeOrNode), maybeNode);
    // TypeScript orders an enum's values by creation; the schema lists them in an order that means
    // something (`eu`, `federal`, `state`, …).
    const values = enums.get(/** @type {ts.Symbol} */ (context.getSymbolFromReflection(context.scope)));
    if (values && converted.type === 'union') {
      const rank = (/** @type {SomeType} */ type) =>
        type.type === 'literal' ? values.indexOf(String(type.value)) : -1;
      converted.types.sort((a, b) => rank(a) - rank(b));
    }
    return converted;
  };

  /**
   * A union's members with those that make up a named union (`Recurrence` in an optional field's
   * `Recurrence | undefined`, which TypeScript flattens) replaced by that union.
   *
   * @param {readonly ts.Type[]} members
   * @param {ts.Symbol | undefined} self
   */
  function withNamedUnions(members, self) {
    let rest = [...members];
    const named = [];
    for (const [type, name] of names) {
      if (name.symbol !== self && type.isUnion() && type.types.every((member) => rest.includes(member))) {
        rest = rest.filter((member) => !type.types.includes(member));
        named.push(type);
      }
    }
    return [...named, ...rest];
  }

  /**
   * The type with every named type inside it replaced by its name, or `undefined` if it holds none
   * (then TypeDoc converts it as usual).
   *
   * @param {Context} context
   * @param {ts.Type} type
   * @param {ts.Symbol | undefined} self the symbol being documented, which must not name itself
   * @returns {SomeType | undefined}
   */
  function nameIn(context, type, self) {
    const name = names.get(type);
    if (name && name.symbol !== self) {
      const reference = context.createSymbolReference(name.symbol, context, name.symbol.name);
      return name.query ? new QueryType(reference) : reference;
    }
    const object = readonlyObject(context, type);
    if (object) {
      // A nested shape (`attendance`) would print as `Readonly<{ … }>`, which hides its fields'
      // comments; as an object type whose fields are marked readonly, it shows them.
      const converted = convertType(context, object);
      if (converted.type !== 'reflection') return converted;
      for (const field of converted.declaration.children ?? []) field.setFlag(ReflectionFlag.Readonly, true);
      return converted;
    }
    /** @param {readonly ts.Type[]} types */
    const each = (types) => {
      const named = types.map((part) => nameIn(context, part, self));
      return named.some(Boolean)
        ? named.map((part, index) => part ?? convertType(context, /** @type {ts.Type} */ (types[index])))
        : undefined;
    };
    if (type.aliasSymbol) {
      const args = type.aliasTypeArguments && each(type.aliasTypeArguments);
      return args && reference(context, type.aliasSymbol, args);
    }
    if (type.isUnion()) {
      // `origin` (internal to TypeScript) keeps the unions the author wrote inside this one.
      const origin = /** @type {{ origin?: ts.Type }} */ (type).origin;
      const parts = each(withNamedUnions(origin?.isUnion() ? origin.types : type.types, self));
      // Optional members read `T | undefined`, as TypeDoc writes them.
      return parts && new UnionType(parts.sort((a, b) => Number(isNullish(a)) - Number(isNullish(b))));
    }
    const checker = context.checker;
    if (checker.isArrayType(type)) {
      const [element] = each(checker.getTypeArguments(/** @type {ts.TypeReference} */ (type))) ?? [];
      if (!element) return undefined;
      const array = new ArrayType(element);
      return type.getSymbol()?.name === 'ReadonlyArray' ? new TypeOperatorType(array, 'readonly') : array;
    }
    if (
      type.flags & ts.TypeFlags.Object &&
      /** @type {ts.ObjectType} */ (type).objectFlags & ts.ObjectFlags.Reference
    ) {
      const target = /** @type {ts.TypeReference} */ (type).target;
      if (target.objectFlags & ts.ObjectFlags.Tuple || !target.symbol) return undefined;
      const count = target.typeParameters?.length ?? 0;
      const args = each(checker.getTypeArguments(/** @type {ts.TypeReference} */ (type)).slice(0, count));
      return args && reference(context, target.symbol, args);
    }
    return undefined;
  }
}

/**
 * @param {Context} context
 * @param {ts.Symbol} symbol
 * @param {SomeType[]} typeArguments
 */
function reference(context, symbol, typeArguments) {
  const ref = context.createSymbolReference(context.resolveAliasedSymbol(symbol), context, symbol.name);
  ref.typeArguments = typeArguments;
  return ref;
}

/**
 * `T` if the type is the standard library's `Readonly<T>` of an object type written in place.
 *
 * @param {Context} context
 * @param {ts.Type} type
 * @returns {ts.Type | undefined}
 */
function readonlyObject(context, type) {
  const alias = type.aliasSymbol;
  const [object] = type.aliasTypeArguments ?? [];
  const file = alias?.declarations?.[0]?.getSourceFile();
  if (alias?.name !== 'Readonly' || !object || !file || !context.program.isSourceFileDefaultLibrary(file))
    return undefined;
  const anonymous = ts.ObjectFlags.Anonymous | ts.ObjectFlags.Mapped;
  return object.flags & ts.TypeFlags.Object && /** @type {ts.ObjectType} */ (object).objectFlags & anonymous
    ? object
    : undefined;
}

/** @param {SomeType} type */
function isNullish(type) {
  return (type.type === 'intrinsic' && type.name === 'undefined') || (type.type === 'literal' && type.value === null);
}

/**
 * The values of `z.infer<typeof XSchema>` where `XSchema = z.enum([…])`, in the order listed.
 *
 * @param {ts.TypeChecker} checker
 * @param {ts.TypeNode} node
 * @returns {string[] | undefined}
 */
function enumValues(checker, node) {
  const query = ts.isTypeReferenceNode(node) ? node.typeArguments?.[0] : undefined;
  if (!query || !ts.isTypeQueryNode(query)) return undefined;
  let schema = checker.getSymbolAtLocation(query.exprName);
  if (schema && schema.flags & ts.SymbolFlags.Alias) schema = checker.getAliasedSymbol(schema);
  const declaration = schema?.valueDeclaration;
  const call = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  if (!call || !ts.isCallExpression(call) || !/\.enum$/.test(call.expression.getText())) return undefined;
  const [values] = call.arguments;
  return values && ts.isArrayLiteralExpression(values)
    ? values.elements.filter(ts.isStringLiteral).map((value) => value.text)
    : undefined;
}

/** @param {ts.TypeNode} node `z.infer<…>`, `z.output<…>` */
function isZodInfer(node) {
  return (
    ts.isTypeReferenceNode(node) &&
    ts.isQualifiedName(node.typeName) &&
    ['infer', 'output'].includes(node.typeName.right.text)
  );
}

/**
 * Drops the "default value" TypeDoc reads off a zod shape's keys: in `country: CountryCodeSchema`
 * the schema is the field's type, not its default, and `= CountryCodeSchema` only misleads.
 *
 * @param {Application} app
 */
function dropShapeInitializers(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property) || reflection.defaultValue === undefined) return;
    const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0];
    if (declaration && ts.isPropertyAssignment(declaration)) reflection.defaultValue = undefined;
  });
}

/**
 * Names each guide in docs/ after its first `# Heading` (TypeDoc would take the file name, so the
 * sidebar read "data-model") unless front matter gives a `title`, and files the guides under
 * "Guides" unless front matter gives a `category`.
 *
 * @param {Application} app
 */
function titleDocuments(app) {
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const fileName = document.project.files.getReflectionPath(document);
    const heading = firstHeading(document.content.map((part) => part.text).join(''));
    if (heading && fileName && document.name === basename(fileName, extname(fileName))) document.name = heading;
    document.frontmatter['category'] ??= 'Guides';
  });
}

/**
 * The text of the first level-1 ATX heading outside code fences.
 *
 * @param {string} markdown
 */
function firstHeading(markdown) {
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const match = fenced ? null : /^#[ \t]+(.+?)[ \t#]*$/.exec(line);
    if (match) return match[1];
  }
  return undefined;
}
