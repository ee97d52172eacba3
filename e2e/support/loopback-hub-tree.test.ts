import { describe, expect, it } from 'vitest';
import { gitBlobId, gitTreeId } from './loopback-hub-git.ts';
import type { RepoFile } from './loopback-hub-models.ts';
import { listTree, type TreeListing } from './loopback-hub-tree.ts';

function plain(path: string, content: string): RepoFile {
  return { path, size: content.length, sha256: 'x', blobId: gitBlobId(content), content: { kind: 'none' } };
}

const FILES: RepoFile[] = [
  plain('config.json', '{}'),
  { ...plain('onnx/model.onnx', 'weights'), sha256: 'f'.repeat(64), lfsPointerSize: 130 },
  plain('onnx/extra/notes.txt', 'hi'),
];

function paths(listing: TreeListing): string[] {
  if (!listing.ok) throw new Error(listing.reason);
  return listing.entries.map((entry) => `${entry.type}:${entry.path}`);
}

describe('listTree', () => {
  it('lists one level, folders included, or everything below with recursive', () => {
    expect(paths(listTree(FILES, '', { recursive: false }))).toEqual(['file:config.json', 'directory:onnx']);
    expect(paths(listTree(FILES, 'onnx', { recursive: true }))).toEqual([
      'directory:onnx/extra',
      'file:onnx/extra/notes.txt',
      'file:onnx/model.onnx',
    ]);
  });

  it('shapes entries like the Hub: git ids, lfs with the sha256, folders with a tree id', () => {
    const listing = listTree(FILES, 'onnx', { recursive: false });
    if (!listing.ok) throw new Error(listing.reason);
    const notes = gitTreeId([{ name: 'notes.txt', kind: 'file', oid: gitBlobId('hi') }]);
    expect(listing.entries).toEqual([
      { type: 'directory', oid: notes, size: 0, path: 'onnx/extra' },
      {
        type: 'file',
        oid: gitBlobId('weights'),
        size: 7,
        path: 'onnx/model.onnx',
        lfs: { oid: 'f'.repeat(64), size: 7, pointerSize: 130 },
      },
    ]);
  });

  it('adds lastCommit when asked, and tells a missing path from a file', () => {
    const commit = {
      id: 'c'.repeat(40),
      title: 'Upload',
      message: '',
      author: 'me',
      date: '2024-01-01T00:00:00.000Z',
    };
    const listing = listTree(FILES, '', { recursive: false, lastCommit: commit });
    expect(listing.ok && listing.entries[0]?.lastCommit).toEqual({
      id: commit.id,
      title: 'Upload',
      date: commit.date,
    });
    expect(listTree(FILES, 'nope', { recursive: true })).toEqual({ ok: false, reason: 'not-found' });
    expect(listTree(FILES, 'config.json', { recursive: true })).toEqual({
      ok: false,
      reason: 'not-a-folder',
    });
  });
});
