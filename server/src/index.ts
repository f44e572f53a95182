export { Methods, runSafe, startServer, type RequestAtParams, type ResponseInfoParams, type ResponseReceivedParams } from './server.js';
export { createHost, isInside, type HostOptions } from './host.js';
