export { runTasks, streamTasks, serveTasks, coreCount, poolSize, type PoolOptions } from './pool.js';
