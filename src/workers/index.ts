export { runTasks, serveTasks, coreCount, type PoolOptions } from './pool.js';
