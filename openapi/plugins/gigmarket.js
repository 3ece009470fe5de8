// The Gig Market Standard's own lint rules for Redocly CLI. Each rule states one convention of
// docs/conventions.md; the message says what to change.

const ROLES = new Set([
  'anonymous',
  'platform',
  'hr_agency',
  'market_operator',
  'insurer',
  'regulator',
  'worker_app',
]);
const VISIBILITY = new Set(['own', 'party', 'all', 'public']);

/** Every 2xx response with a body has an example: on the media type, on its schema, or on a page's items. */
function SuccessResponseExample() {
  return {
    Operation: {
      enter(operation, ctx) {
        for (const [status, responseOrRef] of Object.entries(operation.responses ?? {})) {
          if (!/^2/.test(status)) continue;
          const response = ctx.resolve(responseOrRef).node;
          for (const [type, media] of Object.entries(response?.content ?? {})) {
            if (hasExample(media, ctx)) continue;
            ctx.report({
              message: `the ${status} ${type} response needs an example: add \`example\` to the media type or to its schema`,
              location: ctx.location.child(['responses', status]),
            });
          }
        }
      },
    },
  };
}

function hasExample(media, ctx) {
  if (media.example !== undefined || media.examples !== undefined) return true;
  if (!media.schema) return false;
  const resolved = ctx.resolve(media.schema);
  const schema = resolved.node;
  if (schema?.example !== undefined) return true;
  // A page: resolve its items relative to the file the page schema lives in.
  const items = schema?.properties?.data?.items;
  const item = items && ctx.resolve(items, resolved.location?.source.absoluteRef).node;
  return item?.example !== undefined;
}

/** Every 4xx and 5xx response is `application/problem+json` (RFC 9457) and nothing else. */
function ErrorsAreProblemJson() {
  return {
    Response: {
      enter(response, ctx) {
        const status = ctx.key;
        if (!/^[45]/.test(String(status))) return;
        const types = Object.keys(response.content ?? {});
        if (types.length !== 1 || types[0] !== 'application/problem+json') {
          ctx.report({
            message: `the ${status} response must have exactly one content type, application/problem+json (found: ${types.join(', ') || 'none'})`,
            location: ctx.location,
          });
        }
      },
    },
  };
}

/** Every POST takes the Idempotency-Key header (webhook receivers excepted). */
function PostIdempotencyKey() {
  return {
    PathItem: {
      enter(pathItem, ctx) {
        if (!pathItem.post || isWebhook(ctx)) return;
        const params = [...(pathItem.parameters ?? []), ...(pathItem.post.parameters ?? [])].map(
          (p) => ctx.resolve(p).node,
        );
        if (!params.some((p) => p?.in === 'header' && p.name === 'Idempotency-Key')) {
          ctx.report({
            message:
              'every POST takes the Idempotency-Key header: $ref components/parameters/IdempotencyKey.yaml (or IdempotencyKeyRequired.yaml when it moves money or binds insurance)',
            location: ctx.location.child(['post']),
          });
        }
      },
    },
  };
}

function isWebhook(ctx) {
  return (
    ctx.location.absolutePointer.includes('/webhooks/') ||
    ctx.location.source.absoluteRef.includes('/webhooks/')
  );
}

/** Every operation names who may call it: `x-roles` maps known roles to own | party | all | public. */
function RolesDeclared() {
  return {
    Operation: {
      enter(operation, ctx) {
        if (isWebhook(ctx)) return;
        const roles = operation['x-roles'];
        if (!roles || typeof roles !== 'object' || Object.keys(roles).length === 0) {
          ctx.report({
            message: 'declare `x-roles`: which roles may call this operation and whose objects they see',
            location: ctx.location,
          });
          return;
        }
        for (const [role, visibility] of Object.entries(roles)) {
          if (!ROLES.has(role))
            ctx.report({
              message: `unknown role "${role}" in x-roles; roles are ${[...ROLES].join(', ')}`,
              location: ctx.location.child(['x-roles', role]).key(),
            });
          if (!VISIBILITY.has(visibility))
            ctx.report({
              message: `x-roles.${role} must be one of own, party, all, public`,
              location: ctx.location.child(['x-roles', role]),
            });
        }
        const anonymous = (operation.security ?? []).some((s) => Object.keys(s).length === 0);
        if (anonymous !== 'anonymous' in roles) {
          ctx.report({
            message:
              'an operation open to anonymous callers lists `{}` in security and `anonymous: public` in x-roles, and only then',
            location: ctx.location.child(['security']),
          });
        }
      },
    },
  };
}

/** Every named schema in components/schemas has an example; pages (data + nextCursor) borrow their items'. */
function NamedSchemaExample() {
  return {
    NamedSchemas: {
      Schema: {
        enter(schema, ctx) {
          if (schema.example !== undefined) return;
          if (schema.properties?.data && schema.properties?.nextCursor) return;
          ctx.report({
            message: 'every named schema has an `example` (realistic, with valid checksums)',
            location: ctx.location,
          });
        },
      },
    },
  };
}

/** Every named schema and every object property says what it is. */
function SchemaDescription() {
  return {
    NamedSchemas: {
      Schema: {
        enter(schema, ctx) {
          if (!schema.description)
            ctx.report({ message: 'every named schema has a description', location: ctx.location });
        },
      },
    },
  };
}

export default function gigmarketPlugin() {
  return {
    id: 'gigmarket',
    rules: {
      oas3: {
        'success-response-example': SuccessResponseExample,
        'errors-are-problem-json': ErrorsAreProblemJson,
        'post-idempotency-key': PostIdempotencyKey,
        'roles-declared': RolesDeclared,
        'named-schema-example': NamedSchemaExample,
        'schema-description': SchemaDescription,
      },
    },
  };
}
