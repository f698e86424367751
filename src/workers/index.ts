export { runTasks, streamTasks, serveTasks, coreCount, type PoolOptions } from './pool.js';
