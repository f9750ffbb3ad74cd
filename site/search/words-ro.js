gazetteSearch.words("ro",[["rovella",0,4]]);
