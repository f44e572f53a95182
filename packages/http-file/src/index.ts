export type * from './types.js';
export { parseHttpFile } from './parser.js';
export { HTTPYAC_METHODS, isToken, KNOWN_METHODS, looksLikeRequestLine, OTHER_PROTOCOLS } from './syntax.js';
export { applySuppressions, findSuppressions } from './suppress.js';
export { checkPortability } from './portability.js';
export { authConfigurationsOf, authReference, everyAuthConfiguration, httpyacTokenRequest, isKept, keepToken, mergeAuthConfigurations, oauth2Shorthand, obtainToken, oauth2TokenRequest, runsOAuth2Flow, readTokenResponse, refreshTokenRequest, tokenRequest, tokenRequestFor, withAuthorizationCode, type AuthConfiguration, type DeviceAuthorization, type DeviceCode, type SignIn, type TokenIo, type KeptToken, type OAuth2Shorthand, type TokenAnswer, type TokenRequest } from './auth.js';
export { DYNAMIC_VARIABLES, dynamicName, getDynamicVariable, isFakerVariable, questionOfExpression, splitDynamic, type DynamicVariableInfo, type Question, type Tool } from './dynamic.js';
export { assertTimings, checkAssert, checkAsserts, checkResponse, parseAssert, type ResponseChecks, type AssertOptions, type AssertResponse, type AssertResult, type AssertSkip, type ParsedAssert } from './asserts.js';
export { applyHandlerSets, handlerSets, handlerValue, preRequestGlobalSets, preRequestSets, preRequestValue, type HandlerResponse, type HandlerSet, type HandlerValue, type PreRequestSet, type PreRequestValue } from './handlers.js';
export { checkHandlerTest, handlerTests, type Expr as HandlerTestExpression, type HandlerTest, type TestResponse, type TestResult, type TestStep } from './handler-tests.js';
export { planRun, requestNamed, requestRefs, requestsToSendFirst, runLineAt, runOverrides, runSteps, type PlannedStep, type RequestRef, type RunLoad, type RunStep } from './refs.js';
export { hasLoop, httpyacVariableName, namedVariables, responseVariablesOf, type NamedVariable } from './named.js';
export { folderOf, importedRequest, importedVariables, joinPath, type ImportedRequest, type ImportedVariable } from './imports.js';
export { FAKER_METHODS, fakerSignatures, type FakerMethod, type FakerParam } from './faker.js';
export { classifyExpression, scanTemplate } from './template.js';
export {
  environmentNames,
  mergeEnvironments,
  parseDotenv,
  parseEnvironmentFile,
  selectEnvironment,
  sslConfigurationOf,
  mergeSslConfigurations,
  type Environment,
  type EnvironmentSet,
  type EnvironmentSource,
  type EnvironmentValue,
  type SslConfiguration,
  type SslFile,
} from './environment.js';
export {
  mapToTemplate,
  resolveRequest,
  resolveVariable,
  type TemplateSegment,
  type ResolveContext,
  type ResolvedHeader,
  type ResolvedRequest,
  type ResolvedValue,
  type StoredExchange,
  type ValueSource,
} from './resolve.js';
export { decodeFile, decodeText, isKnownEncoding, toBase64 } from './encoding.js';
export type { DecodedText, TextFileEncoding } from './encoding.js';
export { MAX_SLEEP_MS, sendMetadata, type SendMetadata } from './send-metadata.js';
export { MAX_LOOP_PASSES, requestLoop, type LoopPass } from './loops.js';
export { MAX_OUTPUT_SUFFIX, outputRedirectNames, writeOutputRedirects, type OutputFiles, type OutputWrite } from './output.js';
export { isTimeoutKey, parseTimeoutValue, requestTimeouts, type RequestTimeouts, type TimeoutMetadata } from './timeouts.js';
export { basicCredentials, computedAuthorizationScheme, mergeDefaultHeaders, missingDefaultHeaders, readDefaultHeaders, urlUserinfo, userinfoCredentials, fieldsToSend, toHttpMessage, splitUrl, type DigestCredentials, type TemplateMessage } from './message.js';
export { encodeComponent, formatDate, formatSize, jsonPath, reindentJson, xPath } from './values.js';
export { parseCurl, toCurl, splitCommandLine, shellQuote, CURL_FORM_BOUNDARY, type CurlFormPart, type CurlHeader, type CurlInput, type CurlRequest, type ShellWord } from './curl.js';
