import { describe, expect, it } from 'vitest';
import { attributeTask, describeTask, type LongFrame } from '../../../bench/longTasks';

const frame = (over: Partial<LongFrame>): LongFrame => ({ start: 0, duration: 0, renderStart: 0, scripts: [], ...over });

describe('attributeTask', () => {
  it('names the scripts that started in the task, splits off rendering, and leaves the rest as other', () => {
    const frames = [
      frame({
        start: 1000,
        duration: 200,
        renderStart: 1150,
        scripts: [
          { start: 1000, duration: 70, invoker: 'Worker.onmessage', source: 'ImportPanel.js' },
          { start: 1150, duration: 20, invoker: 'FrameRequestCallback', source: 'index.js' },
          { start: 1300, duration: 10, invoker: 'later', source: '' },
        ],
      }),
    ];
    const a = attributeTask({ start: 1000, duration: 200 }, frames);
    expect(a.scripts).toEqual(['Worker.onmessage (ImportPanel.js) 70 ms', 'FrameRequestCallback (index.js) 20 ms']);
    expect(a.scriptMs).toBe(90);
    expect(a.renderMs).toBe(30); // 1150–1200 minus the 20 ms callback inside it
    expect(a.otherMs).toBe(80);
    expect(describeTask(a)).toBe('200 ms: Worker.onmessage (ImportPanel.js) 70 ms; FrameRequestCallback (index.js) 20 ms; rendering 30 ms; no script or rendering 80 ms');
  });

  it('a task with no frame around it is all other', () => {
    const a = attributeTask({ start: 10, duration: 120 }, []);
    expect([a.scriptMs, a.renderMs, a.otherMs]).toEqual([0, 0, 120]);
    expect(describeTask(a)).toBe('120 ms: no script or rendering 120 ms');
  });

  it('never counts more than the task', () => {
    const frames = [frame({ start: 0, duration: 500, renderStart: 100, scripts: [{ start: 50, duration: 400, invoker: 'x', source: '' }] })];
    const a = attributeTask({ start: 50, duration: 100 }, frames);
    expect(a.scriptMs + a.renderMs + a.otherMs).toBe(100);
    expect(a.scriptMs).toBe(100);
  });
});
