gazetteSearch.words("ju",[["justice",2]]);
