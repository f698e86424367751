import { describe, expect, it } from 'vitest';
import { labelStep } from '../../src/domain/index.js';

describe('labelStep', () => {
  it('names a step by id and name, or by id alone', () => {
    expect(labelStep({ id: 'S3', name: '材料流转' })).toBe('S3 材料流转');
    expect(labelStep({ id: 'S2+S5', name: '审核+审批' })).toBe('S2+S5 审核+审批');
    expect(labelStep({ id: 'S9', name: '' })).toBe('S9');
  });
});
